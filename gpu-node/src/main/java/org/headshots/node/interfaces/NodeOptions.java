package org.headshots.node.interfaces;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.headshots.gpu.wire.SharedSecret;
import org.headshots.node.application.PhotoLimits;
import org.headshots.node.domain.SelfTestOutcome;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;

/** The node's command line. */
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
        PhotoLimits photoLimits) {

    /** Environment variable holding the shared secret when --secret-file is not given. */
    public static final String SECRET_ENVIRONMENT_VARIABLE = "HEADSHOTS_GPU_SECRET";

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar gpu-node.jar [options]",
            "  --host HOST                 address to listen on (default 0.0.0.0: every interface)",
            "  --port PORT                 TCP port, 0 for any free one (default 50051)",
            "  --models DIR                model folder: each subfolder with a pack.json is a model pack, verified at",
            "                              load; the self-test model is written to DIR/selftest (default ./models)",
            "  --secret-file FILE          file holding the secret shared with the application (at least 16",
            "                              characters); without it the environment variable " + "HEADSHOTS_GPU_SECRET",
            "                              is read. Required: the node refuses calls that are not signed with it",
            "  --max-concurrent-jobs N     jobs run at the same time, more wait in the queue (default 2)",
            "  --provider auto|cpu|cuda    execution provider: auto = CUDA when a GPU is usable, else CPU (default auto)",
            "  --cuda-device N             which GPU, as CUDA numbers them (default 0)",
            "  --self-test-tolerance X     largest accepted self-test error (default 1e-4)",
            "  --shutdown-grace-seconds S  how long running jobs may finish on shutdown (default 5)",
            "  --max-photo-mb M            largest photo file accepted, in MB (default 30)",
            "  --max-megapixels P          largest photo accepted, in megapixels, checked before decoding (default 50)",
            "  --help                      this text");

    public NodeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(photoLimits, "photoLimits");
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
    }

    /** Defaults: every interface, port 50051, ./models, 2 jobs at a time, provider auto. */
    public static NodeOptions defaults() {
        return new NodeOptions("0.0.0.0", 50051, Path.of("models"), 2, ProviderChoice.AUTO, 0,
                SelfTestOutcome.DEFAULT_TOLERANCE, Duration.ofSeconds(5), null, PhotoLimits.DEFAULT);
    }

    public NodeOptions withHost(String value) {
        return new NodeOptions(value, port, models, maxConcurrentJobs, provider, cudaDevice, selfTestTolerance,
                shutdownGrace, secret, photoLimits);
    }

    public NodeOptions withPort(int value) {
        return new NodeOptions(host, value, models, maxConcurrentJobs, provider, cudaDevice, selfTestTolerance,
                shutdownGrace, secret, photoLimits);
    }

    public NodeOptions withModels(Path value) {
        return new NodeOptions(host, port, value, maxConcurrentJobs, provider, cudaDevice, selfTestTolerance,
                shutdownGrace, secret, photoLimits);
    }

    public NodeOptions withMaxConcurrentJobs(int value) {
        return new NodeOptions(host, port, models, value, provider, cudaDevice, selfTestTolerance, shutdownGrace, secret,
                photoLimits);
    }

    public NodeOptions withProvider(ProviderChoice value) {
        return new NodeOptions(host, port, models, maxConcurrentJobs, value, cudaDevice, selfTestTolerance,
                shutdownGrace, secret, photoLimits);
    }

    public NodeOptions withCudaDevice(int value) {
        return new NodeOptions(host, port, models, maxConcurrentJobs, provider, value, selfTestTolerance,
                shutdownGrace, secret, photoLimits);
    }

    public NodeOptions withSelfTestTolerance(double value) {
        return new NodeOptions(host, port, models, maxConcurrentJobs, provider, cudaDevice, value, shutdownGrace, secret,
                photoLimits);
    }

    public NodeOptions withShutdownGrace(Duration value) {
        return new NodeOptions(host, port, models, maxConcurrentJobs, provider, cudaDevice, selfTestTolerance,
                value, secret, photoLimits);
    }

    public NodeOptions withPhotoLimits(PhotoLimits value) {
        return new NodeOptions(host, port, models, maxConcurrentJobs, provider, cudaDevice, selfTestTolerance,
                shutdownGrace, secret, value);
    }

    public NodeOptions withSecret(SharedSecret value) {
        return new NodeOptions(host, port, models, maxConcurrentJobs, provider, cudaDevice, selfTestTolerance,
                shutdownGrace, value, photoLimits);
    }

    /**
     * Parses {@code --name value} and {@code --name=value} options.
     *
     * @throws IllegalArgumentException with a message for people when the command line is wrong
     * @throws HelpRequested for --help
     */
    public static NodeOptions parse(String... args) {
        return parse(System::getenv, args);
    }

    /** As {@link #parse(String...)}, reading the environment through {@code environment}. */
    public static NodeOptions parse(java.util.function.UnaryOperator<String> environment, String... args) {
        NodeOptions options = defaults();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new HelpRequested();
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg;
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[++i];
            }
            options = switch (name) {
                case "--host" -> options.withHost(value);
                case "--port" -> options.withPort(integer(name, value));
                case "--models" -> options.withModels(Path.of(value));
                case "--max-concurrent-jobs" -> options.withMaxConcurrentJobs(integer(name, value));
                case "--provider" -> options.withProvider(ProviderChoice.parse(value));
                case "--cuda-device" -> options.withCudaDevice(integer(name, value));
                case "--self-test-tolerance" -> options.withSelfTestTolerance(number(name, value));
                case "--shutdown-grace-seconds" -> options.withShutdownGrace(Duration.ofSeconds(integer(name, value)));
                case "--secret-file" -> options.withSecret(secretFrom(Path.of(value)));
                case "--max-photo-mb" -> options.withPhotoLimits(new PhotoLimits(
                        (long) (positive(name, number(name, value)) * 1024 * 1024), options.photoLimits().maxPixels()));
                case "--max-megapixels" -> options.withPhotoLimits(new PhotoLimits(options.photoLimits().maxBytes(),
                        (long) (positive(name, number(name, value)) * 1_000_000)));
                default -> throw new IllegalArgumentException("Unknown option " + name);
            };
        }
        if (options.secret() == null) {
            String fromEnvironment = environment.apply(SECRET_ENVIRONMENT_VARIABLE);
            if (fromEnvironment == null || fromEnvironment.isBlank()) {
                throw new IllegalArgumentException("No shared secret: give --secret-file FILE or set "
                        + SECRET_ENVIRONMENT_VARIABLE + " (the same secret the application is configured with)");
            }
            options = options.withSecret(SharedSecret.of(fromEnvironment));
        }
        return options;
    }

    private static SharedSecret secretFrom(Path file) {
        try {
            return SharedSecret.of(java.nio.file.Files.readString(file));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--secret-file " + file + " cannot be read: " + e.getMessage(), e);
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

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "host %s, port %d, models %s, max %d concurrent jobs, provider %s, CUDA device %d", host, port,
                models, maxConcurrentJobs, provider.name().toLowerCase(Locale.ROOT), cudaDevice);
    }

    /** --help was given. */
    public static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public HelpRequested() {
            super("help requested", null, false, false);
        }
    }
}
