#!/usr/bin/env bash
# Applies the server resources Headshots needs to a running Payara 6 domain.
# Idempotent: run it again after any change; it only touches what differs.
# bin/headshots uses this very script, so a production domain is set up the
# same way as the single-machine one. See config/payara/README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: setup-domain.sh --db DB [options]

Applies Headshots' resources to a running Payara 6 domain (DAS):
  JDBC pool headshots-pool + resource jdbc/headshots, the Jakarta Batch job
  repository on jdbc/headshots, the system properties the application reads,
  and optionally the PostgreSQL driver, the heap size and the HTTP port. Always: no
  version in the HTTP headers (Server, X-Powered-By), the admin listener on
  localhost unless told otherwise.

  --db DB                  h2:/absolute/path/file   Payara's built-in H2, file database
                           postgresql://HOST[:PORT]/DB?user=U&password=P
                           (percent-encode special characters in U and P)
  --postgresql-driver JAR  PostgreSQL JDBC driver to add to the domain (add-library)
                           if it is not there yet; needed once for postgresql
  --base-url URL           headshots.base-url          (default http://localhost:8080)
  --keycloak-url URL       headshots.keycloak.url      (default http://localhost:8180)
  --keycloak-realm NAME    headshots.keycloak.realm    (default headshots)
  --gpu-nodes LIST         headshots.gpu.nodes, comma-separated host:port
                                                       (default localhost:50051)
  --data-dir DIR           headshots.data.dir (images and other files); not set if omitted
  --gpu-tls-certificate FILE  headshots.gpu.tls.certificate: PEM certificate Payara shows
                           the GPU nodes (TLS client certificate)
  --gpu-tls-key FILE       headshots.gpu.tls.key: its private key, PEM PKCS#8 (mode 600,
                           readable by the server's user)
  --gpu-tls-ca FILE        headshots.gpu.tls.ca: PEM certificate of the CA that issues the
                           nodes' certificates. All three or none: without them the links to
                           the nodes are plaintext. The files are read again when they change
                           (new connections); a changed setting applies at the next restart
  --property NAME=VALUE    any further system property (repeatable)
  --heap SIZE              server heap, e.g. 2g (replaces the -Xmx option)
  --http-port PORT         port of http-listener-1 (target server only)
  --http-threads N         most requests served at once (http-thread-pool, default
                           300): an upload waiting for its check holds one, so
                           Payara's default of 5 would stall every page under load
  --target NAME            server (default), a cluster or deployment group
  --admin-address ADDR     address the admin listener (asadmin, console, REST
                           management) listens on (default 127.0.0.1: this machine only)
  --secure-admin           HTTPS on the admin listener (enable-secure-admin), for
                           administration from other machines; needs an admin password
  --no-admin-listener      turn the admin listener off once this script is done;
                           (restart applies); asadmin then reaches no running
                           server: stop it by its process, and set the listener's
                           enabled="true" in domain.xml to turn it back on
  --restart-flag FILE      create FILE when a change takes effect only after a
                           restart (driver, heap, batch store, pool switched);
                           without it the script prints a notice instead
  -h, --help

Environment:
  ASADMIN            asadmin to run (default: $PAYARA_HOME/bin/asadmin, else asadmin on PATH)
  ASADMIN_OPTS       connection options, e.g. "--host das.corp --port 4848 --user admin --secure"
  ASADMIN_PASSWORDFILE  asadmin password file (AS_ADMIN_PASSWORD=...) for a DAS with a password

The database password is kept as the password alias headshots-db-password,
never in domain.xml.
EOF
}

die() { echo "setup-domain: $*" >&2; exit 1; }
say() { echo "setup-domain: $*"; }

DB=""; PG_DRIVER=""; BASE_URL="http://localhost:8080"; KC_URL="http://localhost:8180"
KC_REALM="headshots"; GPU_NODES="localhost:50051"; DATA_DIR=""; HEAP=""; HTTP_PORT=""
GPU_TLS_CERT=""; GPU_TLS_KEY=""; GPU_TLS_CA=""
TARGET="server"; RESTART_FLAG=""; EXTRA_PROPS=(); ADMIN_ADDRESS="127.0.0.1"; SECURE_ADMIN=""
ADMIN_LISTENER=; HTTP_THREADS=300
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=${2:?}; shift 2 ;;
    --postgresql-driver) PG_DRIVER=${2:?}; shift 2 ;;
    --base-url) BASE_URL=${2:?}; shift 2 ;;
    --keycloak-url) KC_URL=${2:?}; shift 2 ;;
    --keycloak-realm) KC_REALM=${2:?}; shift 2 ;;
    --gpu-nodes) GPU_NODES=${2:?}; shift 2 ;;
    --data-dir) DATA_DIR=${2:?}; shift 2 ;;
    --gpu-tls-certificate) GPU_TLS_CERT=${2:?}; shift 2 ;;
    --gpu-tls-key) GPU_TLS_KEY=${2:?}; shift 2 ;;
    --gpu-tls-ca) GPU_TLS_CA=${2:?}; shift 2 ;;
    --property) EXTRA_PROPS+=("${2:?}"); shift 2 ;;
    --heap) HEAP=${2:?}; shift 2 ;;
    --http-port) HTTP_PORT=${2:?}; shift 2 ;;
    --http-threads) HTTP_THREADS=${2:?}; shift 2 ;;
    --target) TARGET=${2:?}; shift 2 ;;
    --restart-flag) RESTART_FLAG=${2:?}; shift 2 ;;
    --admin-address) ADMIN_ADDRESS=${2:?}; shift 2 ;;
    --secure-admin) SECURE_ADMIN=yes; shift ;;
    --no-admin-listener) ADMIN_LISTENER=false; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done
[ -n "$DB" ] || { usage >&2; die "--db is required"; }
tls_given=0
for f in "$GPU_TLS_CERT" "$GPU_TLS_KEY" "$GPU_TLS_CA"; do [ -n "$f" ] && tls_given=$((tls_given + 1)); done
[ "$tls_given" = 0 ] || [ "$tls_given" = 3 ] \
  || die "--gpu-tls-certificate, --gpu-tls-key and --gpu-tls-ca go together (all three or none)"

if [ -z "${ASADMIN:-}" ]; then
  if [ -n "${PAYARA_HOME:-}" ]; then ASADMIN="$PAYARA_HOME/bin/asadmin"
  else ASADMIN=$(command -v asadmin) || die "asadmin not found: set ASADMIN or PAYARA_HOME"
  fi
fi
[ -x "$ASADMIN" ] || die "not executable: $ASADMIN"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
chmod 700 "$TMP"

# asadmin with the connection options; -t (terse) keeps output parseable
read -r -a CONN <<<"${ASADMIN_OPTS:-}"
PWFILE_OPT=()
[ -n "${ASADMIN_PASSWORDFILE:-}" ] && PWFILE_OPT=(--passwordfile "$ASADMIN_PASSWORDFILE")
adm() { "$ASADMIN" --interactive=false --terse "${CONN[@]}" "${PWFILE_OPT[@]}" "$@"; }
adm_quiet() { local out; out=$(adm "$@" 2>&1) || { echo "$out" >&2; die "asadmin $1 failed"; }; }

RESTART_REASONS=()
needs_restart() { RESTART_REASONS+=("$1"); }
set_if_differs() { # KEY VALUE REASON: sets a dotted name when its value differs; REASON marks a restart
  local cur
  cur=$(adm get "$1" 2>/dev/null | sed -n "s/^.*=//p" || true)
  [ "$cur" = "$2" ] && return 0
  adm_quiet set "$1=$2"
  say "${1##*.} ${cur:-unset} -> $2"
  [ -z "${3:-}" ] || needs_restart "$3"
}

# the config a target uses (server -> server-config, cluster c1 -> c1-config)
if [ "$TARGET" = server ]; then CONFIG=server-config; else CONFIG="$TARGET-config"; fi

adm version >/dev/null 2>&1 || die "cannot reach the domain's admin port with $ASADMIN ${ASADMIN_OPTS:-} (is it running?)"

# ---------------------------------------------------------------- database
urldecode() { local s=${1//+/ }; printf '%b' "${s//%/\\x}"; }

POOL=headshots-pool
JNDI=jdbc/headshots
declare -A PROPS=()
case "$DB" in
  h2:*)
    H2_FILE=${DB#h2:}
    case "$H2_FILE" in /*) ;; *) die "--db h2: needs an absolute path, got $H2_FILE" ;; esac
    DS_CLASS=org.h2.jdbcx.JdbcDataSource
    # AUTO_SERVER=FALSE: only this server opens the file; DB_CLOSE_ON_EXIT=FALSE:
    # the pool, not H2's shutdown hook, closes the database when the server stops
    PROPS[URL]="jdbc:h2:file:${H2_FILE};AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE"
    # no user/password: like Payara's own H2 pools (a user without a password
    # property makes Payara fail with "No password credential found")
    DB_PASSWORD=""
    VALIDATION=()
    ;;
  postgresql://*|postgres://*)
    rest=${DB#*://}
    hostport=${rest%%/*}
    [ "$hostport" != "$rest" ] || die "no database name in $DB"
    dbq=${rest#*/}
    dbname=${dbq%%\?*}
    query=""; [ "$dbq" != "$dbname" ] && query=${dbq#*\?}
    [ -n "$dbname" ] || die "no database name in $DB"
    case "$hostport" in
      \[*\]:*) host=${hostport%:*}; port=${hostport##*:} ;;
      \[*\]) host=$hostport; port=5432 ;;
      *:*) host=${hostport%%:*}; port=${hostport#*:} ;;
      *) host=$hostport; port=5432 ;;
    esac
    [[ "$port" =~ ^[0-9]+$ ]] || die "bad port in $DB"
    db_user=""; DB_PASSWORD=""
    IFS='&' read -r -a kvs <<<"$query"
    for kv in "${kvs[@]}"; do
      case "$kv" in
        user=*) db_user=$(urldecode "${kv#user=}") ;;
        password=*) DB_PASSWORD=$(urldecode "${kv#password=}") ;;
        "") ;;
        *) k=${kv%%=*}; PROPS[$k]=$(urldecode "${kv#*=}") ;;  # e.g. sslmode=require
      esac
    done
    [ -n "$db_user" ] || die "no user= in $DB"
    DS_CLASS=org.postgresql.ds.PGSimpleDataSource
    PROPS[serverName]=$host
    PROPS[portNumber]=$port
    PROPS[databaseName]=$(urldecode "$dbname")
    PROPS[user]=$db_user
    VALIDATION=(--isconnectvalidatereq=true --validationmethod=custom-validation
                --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation)
    ;;
  *) die "--db must start with h2: or postgresql:// (got ${DB%%\?*})" ;;
esac

# PostgreSQL driver in the domain
if [ "$DS_CLASS" = org.postgresql.ds.PGSimpleDataSource ]; then
  libs=$(adm list-libraries 2>/dev/null || true)
  if grep -qi 'postgresql' <<<"$libs"; then
    :
  elif [ -n "$PG_DRIVER" ]; then
    [ -f "$PG_DRIVER" ] || die "no such driver jar: $PG_DRIVER"
    adm_quiet add-library --type common "$PG_DRIVER"
    say "added the PostgreSQL driver $(basename "$PG_DRIVER") to the domain"
    needs_restart "PostgreSQL driver added"
  else
    die "the domain has no PostgreSQL driver: pass --postgresql-driver postgresql-<version>.jar"
  fi
fi

# the database password as a password alias
ALIAS=headshots-db-password
if [ -n "$DB_PASSWORD" ]; then
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$DB_PASSWORD" >"$TMP/alias"
  [ -n "${ASADMIN_PASSWORDFILE:-}" ] && grep -v '^AS_ADMIN_ALIASPASSWORD=' "$ASADMIN_PASSWORDFILE" >>"$TMP/alias" || true
  if adm list-password-aliases 2>/dev/null | grep -qx "$ALIAS"; then
    "$ASADMIN" --interactive=false --terse "${CONN[@]}" --passwordfile "$TMP/alias" update-password-alias "$ALIAS" >/dev/null \
      || die "update-password-alias failed"
  else
    "$ASADMIN" --interactive=false --terse "${CONN[@]}" --passwordfile "$TMP/alias" create-password-alias "$ALIAS" >/dev/null \
      || die "create-password-alias failed"
  fi
  rm -f "$TMP/alias"
  PROPS[password]="\${ALIAS=$ALIAS}"
fi

# pool: recreate when it is missing, has another driver class or other property
# names (asadmin cannot remove a property), else update the property values
current=$(adm get "resources.jdbc-connection-pool.$POOL.*" 2>/dev/null || true)
current_class=$(sed -n "s/^resources\.jdbc-connection-pool\.$POOL\.datasource-classname=//p" <<<"$current")
current_keys=$(sed -n "s/^resources\.jdbc-connection-pool\.$POOL\.property\.\([^=]*\)=.*/\1/p" <<<"$current" | sort | tr '\n' ' ')
wanted_keys=$(printf '%s\n' "${!PROPS[@]}" | sort | tr '\n' ' ')
if [ -n "$current" ] && { [ "$current_class" != "$DS_CLASS" ] || [ "$current_keys" != "$wanted_keys" ]; }; then
  adm_quiet delete-jdbc-connection-pool --cascade=true "$POOL"
  if [ "$current_class" != "$DS_CLASS" ]; then
    say "removed $POOL ($current_class) to switch to $DS_CLASS"
    needs_restart "database switched"
  else
    say "removed $POOL to recreate it with other properties"
  fi
  current=""
fi
if [ -z "$current" ]; then
  adm_quiet create-jdbc-connection-pool --datasourceclassname "$DS_CLASS" --restype javax.sql.DataSource \
    --steadypoolsize 2 --maxpoolsize 32 --idletimeout 300 "${VALIDATION[@]}" "$POOL"
  say "created JDBC pool $POOL ($DS_CLASS)"
fi
for k in "${!PROPS[@]}"; do
  want=${PROPS[$k]}
  have=$(sed -n "s/^resources\.jdbc-connection-pool\.$POOL\.property\.$k=//p" <<<"$current")
  if [ -z "$current" ] || [ "$have" != "$want" ] || ! grep -q "^resources\.jdbc-connection-pool\.$POOL\.property\.$k=" <<<"$current"; then
    adm_quiet set "resources.jdbc-connection-pool.$POOL.property.$k=$want"
  fi
done
if ! adm list-jdbc-resources 2>/dev/null | grep -qx "$JNDI"; then
  adm_quiet create-jdbc-resource --connectionpoolid "$POOL" --target "$TARGET" "$JNDI"
  say "created JDBC resource $JNDI"
fi
adm_quiet ping-connection-pool "$POOL"
case "$DS_CLASS" in
  *h2*) say "$JNDI -> H2 ${H2_FILE} (connection tested)" ;;
  *) say "$JNDI -> PostgreSQL ${PROPS[serverName]}:${PROPS[portNumber]}/${PROPS[databaseName]} as ${PROPS[user]} (connection tested)" ;;
esac

# ---------------------------------------------------------------- batch job repository
batch_ds=$(adm get "configs.config.$CONFIG.batch-runtime-configuration.data-source-lookup-name" 2>/dev/null \
  | sed -n 's/^.*data-source-lookup-name=//p' || true)
if [ "$batch_ds" != "$JNDI" ]; then
  adm_quiet set-batch-runtime-configuration --target "$TARGET" --datasourcelookupname "$JNDI"
  say "Jakarta Batch job repository -> $JNDI"
  needs_restart "batch job repository moved"
fi

# ---------------------------------------------------------------- system properties
declare -A SYSPROPS=(
  [headshots.base-url]=$BASE_URL
  [headshots.keycloak.url]=$KC_URL
  [headshots.keycloak.realm]=$KC_REALM
  [headshots.gpu.nodes]=$GPU_NODES
)
[ -n "$DATA_DIR" ] && SYSPROPS[headshots.data.dir]=$DATA_DIR
if [ "$tls_given" = 3 ]; then
  SYSPROPS[headshots.gpu.tls.certificate]=$GPU_TLS_CERT
  SYSPROPS[headshots.gpu.tls.key]=$GPU_TLS_KEY
  SYSPROPS[headshots.gpu.tls.ca]=$GPU_TLS_CA
fi
for p in "${EXTRA_PROPS[@]}"; do
  [[ "$p" == *=* ]] || die "--property needs NAME=VALUE, got $p"
  SYSPROPS[${p%%=*}]=${p#*=}
done
have_props=$(adm list-system-properties "$TARGET" 2>/dev/null || true)
to_set=""; tls_changed=0
for k in "${!SYSPROPS[@]}"; do
  v=${SYSPROPS[$k]}
  grep -qxF -- "$k=$v" <<<"$have_props" && continue
  esc=${v//\\/\\\\}; esc=${esc//:/\\:}; esc=${esc//=/\\=}
  to_set+="${to_set:+:}$k=$esc"
  say "system property $k=$v"
  if [[ "$k" == headshots.gpu.tls.* ]]; then tls_changed=1; fi
done
[ -z "$to_set" ] || adm_quiet create-system-properties --target "$TARGET" "$to_set"
# the resource adapter reads the TLS settings when it starts
if [ "$tls_changed" = 1 ] && adm list-applications 2>/dev/null | grep -q '^headshots'; then
  needs_restart "GPU node TLS settings changed"
fi

# ---------------------------------------------------------------- JVM heap, HTTP port
if [ -n "$HEAP" ]; then
  opts=$(adm list-jvm-options --target "$TARGET" 2>/dev/null || true)
  old=$(grep -o -- '^-Xmx[0-9]*[kKmMgG]\?$' <<<"$opts" || true)
  if [ "$old" != "-Xmx$HEAP" ]; then
    [ -n "$old" ] && adm_quiet delete-jvm-options --target "$TARGET" -- "$old"
    adm_quiet create-jvm-options --target "$TARGET" -- "-Xmx$HEAP"
    say "heap ${old:-default} -> -Xmx$HEAP"
    needs_restart "heap changed"
  fi
fi
if [ -n "$HTTP_PORT" ] && [ "$TARGET" = server ]; then
  set_if_differs "configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.port" \
    "$HTTP_PORT" "HTTP port changed"
fi

# ---------------------------------------------------------------- what the server tells strangers
# Grizzly's Server and X-Powered-By headers name Payara, its version and the JVM's; error pages are the
# application's own (web.xml), and the admin listener answers on this machine only unless told otherwise
NET="configs.config.$CONFIG.network-config"
POOLS="configs.config.$CONFIG.thread-pools.thread-pool"
set_if_differs "$POOLS.http-thread-pool.max-thread-pool-size" "$HTTP_THREADS" "HTTP threads"
set_if_differs "$POOLS.http-thread-pool.min-thread-pool-size" 16 "HTTP threads"
for protocol in http-listener-1 http-listener-2; do
  set_if_differs "$NET.protocols.protocol.$protocol.http.xpowered-by" false "version headers removed"
  set_if_differs "$NET.protocols.protocol.$protocol.http.server-header" false "version headers removed"
done
if [ "$TARGET" = server ]; then
  set_if_differs "$NET.network-listeners.network-listener.admin-listener.address" "$ADMIN_ADDRESS" \
    "admin listener address changed"
  if [ -n "$SECURE_ADMIN" ] \
      && [ "$(adm get secure-admin.enabled 2>/dev/null | sed -n 's/^.*=//p')" != true ]; then
    adm_quiet enable-secure-admin
    say "secure admin enabled (HTTPS on the admin port)"
    needs_restart "secure admin enabled"
  fi
  [ -z "$ADMIN_LISTENER" ] || set_if_differs "$NET.network-listeners.network-listener.admin-listener.enabled" \
    false "admin listener turned off"
fi

if [ ${#RESTART_REASONS[@]} -gt 0 ]; then
  reasons=$(IFS=','; echo "${RESTART_REASONS[*]}")
  if [ -n "$RESTART_FLAG" ]; then echo "$reasons" >"$RESTART_FLAG"
  else say "restart the server to apply: ${reasons//,/, }"
  fi
fi
say "done"
