package org.headshots.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headshots.domain.selfie.StoredPhoto;
import org.headshots.infrastructure.storage.EncryptedPhotoStore;

/**
 * The roster and the team's photos of large orders, end to end through a running system on PostgreSQL: the
 * server reads the members a page at a time from the database, decrypts each favourite from the photo store and
 * scales it, and streams the file to this client.
 *
 * <p>{@code seed PERSON N...} places one order per N (olivia's, for the person's department) and gives it N more
 * members in 20 departments, each with a run, a headshot and its matte (a copy of the person's best headshot,
 * made by the node and encrypted anew under its own key in the photo store) and that headshot as their
 * favourite; the order ids go to target/bench-orders.txt. The rows are copies of the person's own rows with new
 * ids, owner and files, so they stay whatever columns the schema grows.
 *
 * <p>{@code roster ORDER...} and {@code zip SIZES ORDER...} download each order's export twice: once timed, once
 * while the server's live heap is probed (a class histogram of what a full collection leaves, every second,
 * with {@code jcmd}), so the probing does not slow the timed download.
 *
 * <pre>bin/headshots up --db 'postgresql://localhost:5432/headshots?user=U&amp;password=P'   (and a person with headshots)
 * cd it &amp;&amp; mvn -o -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.headshots.it.TeamExportsBenchmark -Dexec.args="seed grace 1000 10000"</pre>
 */
public final class TeamExportsBenchmark {

    private static final Path WORK = Path.of(System.getProperty("headshots.work", "../work"));
    private static final Pattern LIVE_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)$");

    private TeamExportsBenchmark() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(args[1], List.of(args).subList(2, args.length));
            case "roster" -> {
                for (String order : List.of(args).subList(1, args.length)) {
                    measure("/orders/" + order + "/roster.xlsx", "roster of order " + order);
                }
            }
            case "zip" -> {
                for (String order : List.of(args).subList(2, args.length)) {
                    measure(
                            "/orders/" + order + "/photos.zip?sizes=" + args[1],
                            "photos (" + args[1] + ") of order " + order);
                }
            }
            default -> throw new IllegalArgumentException("seed PERSON N... | roster ORDER... | zip SIZES ORDER...");
        }
    }

    private static void seed(String person, List<String> counts) throws Exception {
        EncryptedPhotoStore store = EncryptedPhotoStore.at(WORK.resolve("data"), secret("HEADSHOTS_STORAGE_KEY"));
        List<String> placed = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl())) {
            db.setAutoCommit(false);
            long best = single(db, "SELECT id FROM headshot WHERE owner = ? ORDER BY quality DESC LIMIT 1", person);
            long run = single(
                    db,
                    "SELECT r.id FROM headshot_run r JOIN headshot h ON h.owner = r.owner AND h.run = r.run WHERE h.id = ?",
                    best);
            String department = text(db, "SELECT department FROM seat WHERE username = ? LIMIT 1", person);
            byte[] photo = store.get(text(db, "SELECT photo_key FROM headshot WHERE id = ?", best));
            byte[] matte = store.get(text(db, "SELECT matte_key FROM headshot WHERE id = ?", best));
            for (String count : counts) {
                int members = Integer.parseInt(count);
                long started = System.nanoTime();
                long order = placeOrder(department, members);
                long seat = single(db, "SELECT id FROM seat WHERE order_id = ? AND username = ?", order, person);
                Copier seats = new Copier(db, "seat");
                Copier runs = new Copier(db, "headshot_run");
                Copier headshots = new Copier(db, "headshot");
                Copier favourites = new Copier(db, "favourite");
                long favourite = favouriteOf(db, person, best);
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 1; i <= members; i++) {
                    String owner = String.format("bench-%d-%05d", order, i);
                    seats.copy(
                            seat,
                            Map.of(
                                    "id",
                                    next(db, "seat_seq"),
                                    "username",
                                    owner,
                                    "email",
                                    owner + "@headshots.example",
                                    "display_name",
                                    String.format("Bench Person %05d", i),
                                    "department",
                                    String.format("Bench %02d", i % 20),
                                    "state",
                                    "CHOSEN"));
                    runs.copy(run, Map.of("id", next(db, "headshot_run_seq"), "owner", owner, "order_id", order));
                    StoredPhoto copy = store.put(photo);
                    long headshot = next(db, "headshot_seq");
                    headshots.copy(
                            best,
                            Map.of(
                                    "id",
                                    headshot,
                                    "owner",
                                    owner,
                                    "photo_key",
                                    copy.key(),
                                    "matte_key",
                                    store.put(matte).key()));
                    favourites.copy(
                            favourite,
                            Map.of(
                                    "id",
                                    next(db, "favourite_seq"),
                                    "owner",
                                    owner,
                                    "order_id",
                                    order,
                                    "headshot_id",
                                    headshot,
                                    "chosen_at",
                                    now));
                    if (i % 500 == 0 || i == members) {
                        for (Copier copier : List.of(seats, runs, headshots, favourites)) {
                            copier.flush();
                        }
                        db.commit();
                        System.out.printf("order %d: %d of %d members%n", order, i, members);
                    }
                }
                System.out.printf(
                        "order %d: %d members seeded in %.1f s%n", order, members, (System.nanoTime() - started) / 1e9);
                placed.add(Long.toString(order));
            }
        }
        Path file = Path.of("target/bench-orders.txt");
        Files.writeString(file, String.join(" ", placed) + "\n");
        System.out.println("orders " + String.join(" ", placed) + " (also in " + file.toAbsolutePath() + ")");
    }

    /** The person's favourite, chosen through the API as theirs when they have none. */
    private static long favouriteOf(Connection db, String person, long best) throws Exception {
        String sql = "SELECT COUNT(*) FROM favourite WHERE owner = ?";
        if (single(db, sql, person) == 0) {
            Api.Reply chosen = Api.put("/me/favourite", Api.token(person), "{\"headshotId\":" + best + "}");
            if (chosen.status() != 200) {
                throw new IllegalStateException("No favourite for " + person + ": " + chosen.body());
            }
            db.commit();
        }
        return single(db, "SELECT id FROM favourite WHERE owner = ? LIMIT 1", person);
    }

    private static long placeOrder(String department, int members) throws IOException, InterruptedException {
        Api.Reply order = Api.post(
                "/orders",
                Api.token("olivia"),
                "{\"name\":\"Bench " + members + " " + System.currentTimeMillis() + "\",\"department\":\"" + department
                        + "\",\"deadline\":\"" + LocalDate.now().plusDays(30) + "\",\"draft\":true}");
        if (order.status() != 201) {
            throw new IllegalStateException("The order was not placed: " + order.status() + " " + order.body());
        }
        return order.id();
    }

    private static void measure(String path, String what) throws Exception {
        String pid = payaraPid();
        long atRest = liveHeap(pid);
        Download timed = download(path);
        AtomicLong peak = new AtomicLong(atRest);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread probe = new Thread(() -> {
            while (running.get()) {
                try {
                    peak.accumulateAndGet(liveHeap(pid), Math::max);
                    Thread.sleep(1000);
                } catch (Exception e) {
                    return;
                }
            }
        });
        probe.start();
        Download probed = download(path);
        running.set(false);
        probe.join();
        System.out.printf(
                "%s: %d, %.1f MB in %.1f s; server live heap at rest %.0f MiB, peak while exporting %.0f MiB"
                        + " (probed run %.1f s)%n",
                what,
                timed.status,
                timed.bytes / 1e6,
                timed.seconds,
                atRest / 1048576.0,
                peak.get() / 1048576.0,
                probed.seconds);
    }

    private record Download(int status, long bytes, double seconds) {}

    private static Download download(String path) throws IOException, InterruptedException {
        long started = System.nanoTime();
        // a client of its own: a pooled connection may be one the server closed while the last export ran
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create(HeadshotsSystem.APP + "/api/v1" + path))
                        .header("Authorization", "Bearer " + Api.token("olivia"))
                        .timeout(Duration.ofMinutes(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream body = response.body()) {
            bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return new Download(response.statusCode(), bytes, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The bytes still reachable in the server's heap: the total of a class histogram, which the JVM takes right
     * after a full collection of its own, so nothing allocated after the collection counts.
     */
    private static long liveHeap(String pid) throws IOException, InterruptedException {
        Matcher total = LIVE_TOTAL.matcher(jcmd(pid, "GC.class_histogram"));
        if (!total.find()) {
            throw new IllegalStateException("No heap histogram from jcmd " + pid);
        }
        return Long.parseLong(total.group(1));
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("jcmd", pid, command)
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + ": " + out);
        }
        return out;
    }

    private static String payaraPid() throws IOException, InterruptedException {
        Process jps = new ProcessBuilder("jps", "-l").start();
        String out = new String(jps.getInputStream().readAllBytes());
        jps.waitFor();
        return out.lines()
                .filter(line -> line.endsWith("ASMain"))
                .map(line -> line.substring(0, line.indexOf(' ')))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Payara is not running here (jps -l)"));
    }

    private static String jdbcUrl() throws IOException {
        String spec = Files.readString(WORK.resolve("db.spec")).strip();
        if (!spec.startsWith("postgresql://")) {
            throw new IllegalStateException("The benchmark seeds PostgreSQL; this system runs on " + spec);
        }
        return "jdbc:" + spec;
    }

    private static String secret(String name) throws IOException {
        return Files.readAllLines(WORK.resolve("secrets.env")).stream()
                .filter(line -> line.startsWith(name + "="))
                .map(line -> line.substring(name.length() + 1))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not in " + WORK.resolve("secrets.env")));
    }

    private static long next(Connection db, String sequence) throws SQLException {
        return single(db, "SELECT nextval('" + sequence + "')");
    }

    private static long single(Connection db, String sql, Object... parameters) throws SQLException {
        return Long.parseLong(text(db, sql, parameters));
    }

    private static String text(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Nothing for " + sql + " " + List.of(parameters));
                }
                return row.getString(1);
            }
        }
    }

    /** Inserts copies of a table's row with some columns replaced, in batches. */
    private static final class Copier {

        private final Connection db;
        private final String table;
        private final List<String> columns = new ArrayList<>();
        private final Map<Set<String>, PreparedStatement> statements = new LinkedHashMap<>();

        Copier(Connection db, String table) throws SQLException {
            this.db = db;
            this.table = table;
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
                query.setString(1, table);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        columns.add(rows.getString(1));
                    }
                }
            }
        }

        void copy(long id, Map<String, Object> replaced) throws SQLException {
            PreparedStatement insert =
                    statements.computeIfAbsent(Set.copyOf(replaced.keySet()), key -> prepare(replaced));
            int parameter = 1;
            for (String column : columns) {
                if (replaced.containsKey(column)) {
                    insert.setObject(parameter++, replaced.get(column));
                }
            }
            insert.setLong(parameter, id);
            insert.addBatch();
        }

        private PreparedStatement prepare(Map<String, Object> replaced) {
            String select = columns.stream()
                    .map(column -> replaced.containsKey(column) ? "?" : column)
                    .reduce((a, b) -> a + ", " + b)
                    .orElseThrow();
            try {
                return db.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                        + select + " FROM " + table + " WHERE id = ?");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void flush() throws SQLException {
            for (PreparedStatement statement : statements.values()) {
                statement.executeBatch();
            }
        }
    }
}
