package org.headshots.node.interfaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.headshots.gpu.wire.ReloadingTls;
import org.headshots.gpu.wire.SharedSecret;
import org.headshots.gpu.wire.TlsFiles;
import org.headshots.node.application.PhotoLimits;
import org.headshots.node.domain.SelfTestOutcome;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;

/**
 * The node's command line: every option is one row of {@link #OPTIONS} (name, default, help, how its value is
 * read), which also writes {@link #USAGE}. A node never runs without the secret it shares with the application.
 */
public record NodeOptions(
        String host,
        int port,
        Path models,
        int maxConcurrentJobs,
        ProviderChoice provider,
        int cudaDevice,
        double selfTestTolerance,
        Duration shutdownGrace,
        SharedSecret secret,
        PhotoLimits photoLimits,
        Optional<TlsFiles> tls,
        Duration tlsCheckInterval) {

    /** Environment variable holding the shared secret when --secret-file is not given. */
    public static final String SECRET_ENVIRONMENT_VARIABLE = "HEADSHOTS_GPU_SECRET";

    /** Environment variables naming the TLS files when the options are not given: certificate, key, client CA. */
    public static final List<String> TLS_ENVIRONMENT_VARIABLES =
            List.of("HEADSHOTS_NODE_TLS_CERTIFICATE", "HEADSHOTS_NODE_TLS_KEY", "HEADSHOTS_NODE_TLS_CLIENT_CA");

    private static final List<Option> OPTIONS = List.of(
            new Option(
                    "--host",
                    "HOST",
                    "0.0.0.0",
                    "address to listen on; 0.0.0.0 is every interface",
                    (draft, name, value) -> draft.host = value),
            new Option(
                    "--port",
                    "PORT",
                    "50051",
                    "TCP port, 0 for any free one",
                    (draft, name, value) -> draft.port = integer(name, value)),
            new Option(
                    "--models",
                    "DIR",
                    "models",
                    "model folder: each subfolder with a pack.json is a model pack,"
                            + " verified at load; the self-test model is written to DIR/selftest",
                    (draft, name, value) -> draft.models = Path.of(value)),
            new Option(
                    "--secret-file",
                    "FILE",
                    null,
                    "file holding the secret shared with the application (at"
                            + " least 16 characters); without it the environment variable "
                            + SECRET_ENVIRONMENT_VARIABLE
                            + " is read. Required: the node refuses calls that are not signed with it",
                    (draft, name, value) -> draft.secret = secretFrom(name, Path.of(value))),
            new Option(
                    "--tls-certificate",
                    "FILE",
                    null,
                    "PEM certificate (chain) of this node, issued by the CA the application trusts, naming the"
                            + " node's host names and addresses; with --tls-key and --tls-client-ca the node speaks"
                            + " TLS only and requires a client certificate (environment "
                            + TLS_ENVIRONMENT_VARIABLES.get(0) + "); without them it speaks plaintext",
                    (draft, name, value) -> draft.tlsCertificate = value),
            new Option(
                    "--tls-key",
                    "FILE",
                    null,
                    "its private key, PEM PKCS#8 (environment " + TLS_ENVIRONMENT_VARIABLES.get(1) + ")",
                    (draft, name, value) -> draft.tlsKey = value),
            new Option(
                    "--tls-client-ca",
                    "FILE",
                    null,
                    "PEM certificate of the CA that issues the application's client certificate; no other"
                            + " client is served (environment " + TLS_ENVIRONMENT_VARIABLES.get(2) + ")",
                    (draft, name, value) -> draft.tlsClientCa = value),
            new Option(
                    "--tls-check-seconds",
                    "S",
                    String.valueOf(ReloadingTls.DEFAULT_CHECK_INTERVAL.toSeconds()),
                    "how often the TLS files are looked at; changed files apply to new connections without"
                            + " a restart",
                    (draft, name, value) -> draft.tlsCheckInterval = Duration.ofSeconds(integer(name, value))),
            new Option(
                    "--max-concurrent-jobs",
                    "N",
                    "2",
                    "jobs run at the same time, more wait in the queue",
                    (draft, name, value) -> draft.maxConcurrentJobs = integer(name, value)),
            new Option(
                    "--provider",
                    "auto|cpu|cuda",
                    "auto",
                    "execution provider: auto = CUDA when a GPU is usable, else CPU",
                    (draft, name, value) -> draft.provider = ProviderChoice.parse(value)),
            new Option(
                    "--cuda-device",
                    "N",
                    "0",
                    "which GPU, as CUDA numbers them",
                    (draft, name, value) -> draft.cudaDevice = integer(name, value)),
            new Option(
                    "--self-test-tolerance",
                    "X",
                    String.valueOf(SelfTestOutcome.DEFAULT_TOLERANCE),
                    "largest accepted self-test error",
                    (draft, name, value) -> draft.selfTestTolerance = number(name, value)),
            new Option(
                    "--shutdown-grace-seconds",
                    "S",
                    "5",
                    "how long running jobs may finish on shutdown",
                    (draft, name, value) -> draft.shutdownGrace = Duration.ofSeconds(integer(name, value))),
            new Option(
                    "--max-photo-mb",
                    "M",
                    String.valueOf(PhotoLimits.DEFAULT_MAX_MEGABYTES),
                    "largest photo file accepted, in MB",
                    (draft, name, value) -> draft.maxMegabytes = positive(name, number(name, value))),
            new Option(
                    "--max-megapixels",
                    "P",
                    String.valueOf(PhotoLimits.DEFAULT_MAX_MEGAPIXELS),
                    "largest photo accepted, in megapixels, checked before decoding",
                    (draft, name, value) -> draft.maxMegapixels = positive(name, number(name, value))));

    public static final String USAGE = usage();

    public NodeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(photoLimits, "photoLimits");
        if (secret == null) {
            throw new IllegalArgumentException("No shared secret: give --secret-file FILE or set "
                    + SECRET_ENVIRONMENT_VARIABLE + " (the same secret the application is configured with)");
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("--host needs an address");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (maxConcurrentJobs < 1) {
            throw new IllegalArgumentException("--max-concurrent-jobs must be at least 1, not " + maxConcurrentJobs);
        }
        if (cudaDevice < 0) {
            throw new IllegalArgumentException("--cuda-device must not be negative");
        }
        if (!(selfTestTolerance > 0)) {
            throw new IllegalArgumentException("--self-test-tolerance must be positive");
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("--shutdown-grace-seconds must not be negative");
        }
        Objects.requireNonNull(tls, "tls");
        if (tlsCheckInterval.isNegative() || tlsCheckInterval.isZero()) {
            throw new IllegalArgumentException("--tls-check-seconds must be positive");
        }
    }

    /**
     * Parses {@code --name value} and {@code --name=value} options over the defaults of {@link #OPTIONS}; the secret
     * from --secret-file or the environment.
     *
     * @throws IllegalArgumentException with a message for people when the command line is wrong
     * @throws HelpRequested for --help
     */
    public static NodeOptions parse(String... args) {
        return parse(System::getenv, args);
    }

    /** As {@link #parse(String...)}, reading the environment through {@code environment}. */
    public static NodeOptions parse(UnaryOperator<String> environment, String... args) {
        Draft draft = new Draft();
        for (Option option : OPTIONS) {
            if (option.defaultValue() != null) {
                option.reader().read(draft, option.name(), option.defaultValue());
            }
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new HelpRequested();
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            Option option = OPTIONS.stream()
                    .filter(candidate -> candidate.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown option " + name));
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            option.reader().read(draft, name, value);
        }
        if (draft.secret == null) {
            String fromEnvironment = environment.apply(SECRET_ENVIRONMENT_VARIABLE);
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                draft.secret = SharedSecret.of(fromEnvironment);
            }
        }
        if (draft.tlsCertificate == null && draft.tlsKey == null && draft.tlsClientCa == null) {
            draft.tlsCertificate = environment.apply(TLS_ENVIRONMENT_VARIABLES.get(0));
            draft.tlsKey = environment.apply(TLS_ENVIRONMENT_VARIABLES.get(1));
            draft.tlsClientCa = environment.apply(TLS_ENVIRONMENT_VARIABLES.get(2));
        }
        return draft.options();
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "host %s, port %d, models %s, max %d concurrent jobs, provider %s, CUDA device %d, %s",
                host,
                port,
                models,
                maxConcurrentJobs,
                provider.name().toLowerCase(Locale.ROOT),
                cudaDevice,
                tls.map(files -> "TLS with " + files).orElse("plaintext"));
    }

    private static String usage() {
        StringBuilder usage = new StringBuilder("Usage: java -jar gpu-node.jar [options]");
        for (Option option : OPTIONS) {
            String help =
                    option.help() + (option.defaultValue() == null ? "" : " (default " + option.defaultValue() + ")");
            usage.append(System.lineSeparator()).append(usageLine(option.name() + " " + option.argument(), help));
        }
        return usage.append(System.lineSeparator())
                .append(usageLine("--help", "this text"))
                .toString();
    }

    /** The option and its help, the help wrapped at {@value #USAGE_WIDTH} characters under itself. */
    private static String usageLine(String option, String help) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-27s", option));
        int column = line.length();
        for (String word : help.split(" ")) {
            if (column + 1 + word.length() > USAGE_WIDTH) {
                line.append(System.lineSeparator()).append(" ".repeat(30));
                column = 30;
            } else {
                line.append(' ');
                column++;
            }
            line.append(word);
            column += word.length();
        }
        return line.toString();
    }

    private static final int USAGE_WIDTH = 110;

    private static SharedSecret secretFrom(String name, Path file) {
        try {
            return SharedSecret.of(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, not '" + value + "'");
        }
    }

    private static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number, not " + value);
        }
        return value;
    }

    private static double number(String name, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number, not '" + value + "'");
        }
    }

    /** One option: its name, what its value is, its default (null: none), its help, and how its value is read. */
    private record Option(String name, String argument, String defaultValue, String help, Reader reader) {}

    @FunctionalInterface
    private interface Reader {
        void read(Draft draft, String name, String value);
    }

    /** The options as they are read, before they are checked together. */
    private static final class Draft {
        private String host;
        private int port;
        private Path models;
        private SharedSecret secret;
        private int maxConcurrentJobs;
        private ProviderChoice provider;
        private int cudaDevice;
        private double selfTestTolerance;
        private Duration shutdownGrace;
        private double maxMegabytes;
        private double maxMegapixels;
        private String tlsCertificate;
        private String tlsKey;
        private String tlsClientCa;
        private Duration tlsCheckInterval;

        NodeOptions options() {
            return new NodeOptions(
                    host,
                    port,
                    models,
                    maxConcurrentJobs,
                    provider,
                    cudaDevice,
                    selfTestTolerance,
                    shutdownGrace,
                    secret,
                    PhotoLimits.of(maxMegabytes, maxMegapixels),
                    TlsFiles.of(
                            tlsCertificate, tlsKey, tlsClientCa, "--tls-certificate", "--tls-key", "--tls-client-ca"),
                    tlsCheckInterval);
        }
    }

    /** --help was given. */
    public static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public HelpRequested() {
            super("help requested", null, false, false);
        }
    }
}
