package org.headshots.node.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.headshots.node.domain.ComputeDevice;
import org.headshots.node.domain.LoadedModel;
import org.headshots.node.domain.NodeRefusal;
import org.headshots.node.domain.PackSummary;
import org.headshots.node.domain.SelfTestNetwork;
import org.headshots.node.domain.SelfTestOutcome;

/** The node's use cases: say what it is, and prove that its device computes correctly. */
public final class NodeService {

    private static final Logger LOG = Logger.getLogger(NodeService.class.getName());

    private final ComputeDevice device;
    private final String onnxRuntimeVersion;
    private final String nodeVersion;
    private final String hostName;
    private final JobGate gate;
    private final SelfTestNetwork reference;
    private final double tolerance;
    private final Clock clock;
    private final Instant started;
    private final ActiveJobs active;
    private final JobRunner jobs;
    private volatile SelfTestModel selfTestModel;
    private volatile List<PackSummary> packs = List.of();
    private volatile List<LoadedModel> packModels = List.of();
    private volatile List<String> styles = List.of();

    public NodeService(
            ComputeDevice device,
            String onnxRuntimeVersion,
            String nodeVersion,
            String hostName,
            JobGate gate,
            ActiveJobs active,
            SelfTestNetwork reference,
            double tolerance,
            Clock clock) {
        this.device = Objects.requireNonNull(device, "device");
        this.onnxRuntimeVersion = Objects.requireNonNull(onnxRuntimeVersion, "onnxRuntimeVersion");
        this.nodeVersion = Objects.requireNonNull(nodeVersion, "nodeVersion");
        this.hostName = Objects.requireNonNull(hostName, "hostName");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.active = Objects.requireNonNull(active, "active");
        this.jobs = new JobRunner(gate, active);
        this.reference = Objects.requireNonNull(reference, "reference");
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("The self-test tolerance must be positive, not " + tolerance);
        }
        this.tolerance = tolerance;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.started = clock.instant();
    }

    /** Makes the node ready: its models are loaded and warmed. */
    public void modelsReady(SelfTestModel model) {
        this.selfTestModel = Objects.requireNonNull(model, "model");
    }

    /** Records the verified packs and their models, and the styles the node can generate. */
    public void packsLoaded(List<PackSummary> loadedPacks, List<LoadedModel> models, List<String> knownStyles) {
        this.packs = List.copyOf(loadedPacks);
        this.packModels = List.copyOf(models);
        this.styles = List.copyOf(knownStyles);
    }

    public boolean ready() {
        return selfTestModel != null;
    }

    public ComputeDevice device() {
        return device;
    }

    public NodeStatus status() {
        SelfTestModel model = selfTestModel;
        List<LoadedModel> models = new java.util.ArrayList<>(packModels);
        if (model != null) {
            models.add(0, model.descriptor());
        }
        return new NodeStatus(
                device,
                onnxRuntimeVersion,
                models,
                gate.capacity(),
                gate.queueLength(),
                gate.running(),
                nodeVersion,
                hostName,
                Duration.between(started, clock.instant()),
                model != null,
                packs,
                active.list(),
                styles);
    }

    /**
     * Runs the self-test network on the device and compares its output with the plain-Java
     * reference. Queued like any other job.
     *
     * @throws SelfTestFailedException when the difference exceeds the tolerance
     * @throws NodeRefusal also when the node is not ready, shutting down or the job cancelled, or inference failed
     */
    public SelfTestOutcome selfTest(String jobKey, BooleanSupplier cancelled) throws NodeRefusal, InterruptedException {
        SelfTestModel model = selfTestModel;
        if (model == null) {
            throw new NodeNotReadyException();
        }
        float[] input = SelfTestNetwork.input();
        SelfTestModel.Inference inference;
        try {
            try (JobRunner.Running job = jobs.start(jobKey, "self-test", 1, cancelled)) {
                inference = job.gated(() -> model.run(input));
            }
        } catch (NodeRefusal | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new InferenceException("the self-test could not run: " + e.getMessage(), e);
        }
        double[] expected = reference.reference(input);
        double error = SelfTestNetwork.maxAbsoluteDifference(inference.output(), expected);
        SelfTestOutcome outcome = new SelfTestOutcome(
                jobKey, model.descriptor().name(), device, inference.nanos(), error, tolerance, expected.length);
        if (!outcome.passed()) {
            LOG.warning(() -> "Self-test " + jobKey + " FAILED: " + outcome.failureDescription());
            throw new SelfTestFailedException(outcome);
        }
        LOG.info(() -> String.format(
                java.util.Locale.ROOT,
                "Self-test %s passed on %s: max abs error %.2e, inference %.3f ms",
                jobKey,
                device,
                error,
                inference.nanos() / 1e6));
        return outcome;
    }
}
