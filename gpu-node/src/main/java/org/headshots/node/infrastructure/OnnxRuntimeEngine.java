package org.headshots.node.infrastructure;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.providers.OrtCUDAProviderOptions;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.headshots.node.domain.ComputeDevice;
import org.headshots.node.domain.ExecutionProvider;
import org.headshots.node.infrastructure.onnx.OnnxModelBuilder;

/**
 * The node's ONNX Runtime: decides once, at start, which execution provider every session uses
 * (CUDA where a CUDA GPU is present and the runtime can use it, the CPU otherwise) and opens
 * sessions with it.
 */
public final class OnnxRuntimeEngine {

    private static final Logger LOG = Logger.getLogger(OnnxRuntimeEngine.class.getName());

    /** What the operator asked for. */
    public enum ProviderChoice {
        /** CUDA when a GPU is present and usable, else the CPU. */
        AUTO,
        /** Always the CPU. */
        CPU,
        /** CUDA or refuse to start. */
        CUDA;

        public static ProviderChoice parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is not a provider: use auto, cpu or cuda", e);
            }
        }
    }

    private final OrtEnvironment environment;
    private final ComputeDevice device;
    private final int cudaDevice;

    private OnnxRuntimeEngine(OrtEnvironment environment, ComputeDevice device, int cudaDevice) {
        this.environment = environment;
        this.device = device;
        this.cudaDevice = cudaDevice;
    }

    /**
     * Starts ONNX Runtime and picks the execution provider. CUDA is taken only after a probe model
     * really ran with it; any {@link OrtException} on the way falls back to the CPU (or fails, when
     * CUDA was required).
     *
     * @throws IllegalStateException when {@code choice} is CUDA and CUDA cannot be used
     */
    public static OnnxRuntimeEngine start(ProviderChoice choice, int cudaDevice, DeviceProbe probe) {
        Objects.requireNonNull(choice, "choice");
        OrtEnvironment environment =
                OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING, "headshots-gpu-node");
        LOG.info(() -> "ONNX Runtime " + environment.getVersion() + ", execution providers in this build: "
                + OrtEnvironment.getAvailableProviders());
        ComputeDevice cpu = new ComputeDevice(ExecutionProvider.CPU, probe.cpu());
        if (choice == ProviderChoice.CPU) {
            LOG.info("Using the CPU, as asked (--provider cpu)");
            return new OnnxRuntimeEngine(environment, cpu, cudaDevice);
        }
        Optional<String> gpu = probe.nvidiaGpu(cudaDevice);
        if (gpu.isEmpty() && choice == ProviderChoice.AUTO) {
            LOG.info("No CUDA GPU found (no NVIDIA driver reports GPU " + cudaDevice + "); using the CPU");
            return new OnnxRuntimeEngine(environment, cpu, cudaDevice);
        }
        String problem;
        if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
            problem = "this node was built with the CPU-only ONNX Runtime (build it with -Pcuda to get "
                    + "onnxruntime_gpu)";
        } else {
            problem = probeCuda(environment, cudaDevice);
        }
        if (problem == null) {
            ComputeDevice cuda = new ComputeDevice(ExecutionProvider.CUDA, gpu.orElse("CUDA device " + cudaDevice));
            LOG.info(() -> "Using CUDA on GPU " + cudaDevice + ": " + cuda.name());
            return new OnnxRuntimeEngine(environment, cuda, cudaDevice);
        }
        String gpuText =
                gpu.map(name -> "GPU " + cudaDevice + " (" + name + ")").orElse("no GPU found");
        if (choice == ProviderChoice.CUDA) {
            throw new IllegalStateException(
                    "CUDA was required (--provider cuda) but cannot be used: " + gpuText + "; " + problem);
        }
        LOG.warning("CUDA cannot be used (" + gpuText + "): " + problem + ". Falling back to the CPU");
        return new OnnxRuntimeEngine(environment, cpu, cudaDevice);
    }

    /** What every session of this engine runs on. */
    public ComputeDevice device() {
        return device;
    }

    public String onnxRuntimeVersion() {
        return environment.getVersion();
    }

    public OrtEnvironment environment() {
        return environment;
    }

    /** Opens a session on the engine's execution provider. The caller closes it. */
    public OrtSession open(byte[] model) throws OrtException {
        try (OrtSession.SessionOptions options = sessionOptions(device.provider(), cudaDevice)) {
            return environment.createSession(model, options);
        }
    }

    private static OrtSession.SessionOptions sessionOptions(ExecutionProvider provider, int cudaDevice)
            throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            if (provider == ExecutionProvider.CUDA) {
                try (OrtCUDAProviderOptions cuda = new OrtCUDAProviderOptions(cudaDevice)) {
                    // TF32 would trade float32 accuracy (about 1e-3) for speed: keep the results exact
                    cuda.add("use_tf32", "0");
                    options.addCUDA(cuda);
                }
            }
            return options;
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }

    /** Null when a tiny model ran with CUDA, else why not. */
    private static String probeCuda(OrtEnvironment environment, int cudaDevice) {
        byte[] probe = new OnnxModelBuilder("cuda_probe", "1")
                .input("x", 1, 4)
                .output("y", 1, 4)
                .node("Relu", new String[] {"x"}, new String[] {"y"})
                .toByteArray();
        try (OrtSession.SessionOptions options = sessionOptions(ExecutionProvider.CUDA, cudaDevice);
                OrtSession session = environment.createSession(probe, options);
                OnnxTensor x = OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(new float[] {-1, 0, 1, 2}), new long[] {1, 4});
                OrtSession.Result result = session.run(Map.of("x", x))) {
            return result.size() == 1 ? null : "the CUDA probe model gave no output";
        } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
            String message = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().strip();
            return message.lines().findFirst().orElse(message);
        }
    }
}
