package org.headshots.node;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.gpu.wire.CallSignature;
import org.headshots.gpu.wire.ReloadingTls;
import org.headshots.gpu.wire.WireContract;
import org.headshots.node.application.ActiveJobs;
import org.headshots.node.application.FaceWorkService;
import org.headshots.node.application.HeadshotRenderer;
import org.headshots.node.application.HeadshotService;
import org.headshots.node.application.ImageUpscaler;
import org.headshots.node.application.InferenceException;
import org.headshots.node.application.JobGate;
import org.headshots.node.application.JobLedger;
import org.headshots.node.application.NodeService;
import org.headshots.node.domain.ComputeDevice;
import org.headshots.node.domain.LoadedModel;
import org.headshots.node.domain.PackSummary;
import org.headshots.node.domain.SelfTestNetwork;
import org.headshots.node.domain.compose.StyleCatalogue;
import org.headshots.node.domain.pack.LoadedPack;
import org.headshots.node.infrastructure.DeviceProbe;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.OnnxSelfTestModel;
import org.headshots.node.infrastructure.compose.CompositingRenderer;
import org.headshots.node.infrastructure.image.PhotoDecoder;
import org.headshots.node.infrastructure.image.PhotoInspector;
import org.headshots.node.infrastructure.logging.OneLineLogging;
import org.headshots.node.infrastructure.pack.PackLoader;
import org.headshots.node.infrastructure.pack.PackRefusedException;
import org.headshots.node.infrastructure.pipeline.FacePipeline;
import org.headshots.node.infrastructure.pipeline.ModelFile;
import org.headshots.node.infrastructure.pipeline.RealEsrganUpscaler;
import org.headshots.node.interfaces.GpuNodeGrpcService;
import org.headshots.node.interfaces.NodeOptions;
import org.headshots.node.interfaces.SignedCallsOnly;

/**
 * A GPU node: the gRPC server of the node wire contract, with ONNX Runtime behind it.
 *
 * <pre>java -jar gpu-node.jar --port 50051 --models DIR [--host H] [--max-concurrent-jobs N]
 *     [--tls-certificate FILE --tls-key FILE --tls-client-ca FILE]</pre>
 *
 * Starts listening at once (the standard health service says NOT_SERVING), loads and warms the
 * models, then reports SERVING and prints {@code GPU node listening on HOST:PORT (provider …, device …, TLS)}
 * ({@code plaintext} instead of {@code TLS} without the TLS files).
 * On SIGTERM it stops taking calls, lets running jobs finish for a grace period and closes its sessions.
 */
public final class GpuNodeServer implements AutoCloseable {

    /** Printed on stdout, alone on its line, once the node serves. */
    public static final String READY_PREFIX = "GPU node listening on ";

    private static final int MAX_INBOUND_MESSAGE_BYTES = 64 * 1024 * 1024;

    /** How long the node keeps a job's results for a client that sends the same job key again. */
    private static final Duration LEDGER_RETENTION = Duration.ofMinutes(30);

    private static final int LEDGER_ENTRIES = 256;

    private final NodeOptions options;
    private final Server server;
    private final HealthStatusManager health;
    private final JobGate gate;
    private final NodeService node;
    private final ExecutorService executor;
    private final OnnxSelfTestModel selfTestModel;
    private final List<LoadedPack> packs;
    private final Optional<FacePipeline> pipeline;
    private final Optional<RealEsrganUpscaler> upscaler;
    private final Optional<ReloadingTls> tls;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GpuNodeServer(
            NodeOptions options,
            Server server,
            HealthStatusManager health,
            JobGate gate,
            NodeService node,
            ExecutorService executor,
            OnnxSelfTestModel selfTestModel,
            List<LoadedPack> packs,
            Optional<FacePipeline> pipeline,
            Optional<RealEsrganUpscaler> upscaler,
            Optional<ReloadingTls> tls) {
        this.options = options;
        this.server = server;
        this.health = health;
        this.gate = gate;
        this.node = node;
        this.executor = executor;
        this.selfTestModel = selfTestModel;
        this.packs = packs;
        this.pipeline = pipeline;
        this.upscaler = upscaler;
        this.tls = tls;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        OneLineLogging.prepare();
        OneLineLogging.install(Level.INFO);
        Logger log = logger();
        NodeOptions options;
        try {
            options = NodeOptions.parse(args);
        } catch (NodeOptions.HelpRequested e) {
            System.out.println(NodeOptions.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("gpu-node: " + e.getMessage());
            System.err.println(NodeOptions.USAGE);
            System.exit(2);
            return;
        }
        GpuNodeServer node;
        try {
            node = start(options);
        } catch (Exception | UnsatisfiedLinkError e) {
            log.log(Level.SEVERE, "The GPU node could not start: " + e.getMessage(), e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "gpu-node-shutdown"));
        System.out.println(node.readyLine());
        System.out.flush();
        try {
            node.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a node with the standard self-test network. */
    public static GpuNodeServer start(NodeOptions options) throws IOException, InferenceException {
        return start(options, SelfTestNetwork.standard());
    }

    /**
     * Starts a node that loads {@code loadedNetwork} as its self-test model while still checking it
     * against the standard reference. Anything but {@link SelfTestNetwork#standard()} makes every
     * self-test fail: meant for tests and for rehearsing what a faulty node looks like.
     */
    public static GpuNodeServer start(NodeOptions options, SelfTestNetwork loadedNetwork)
            throws IOException, InferenceException {
        Logger log = logger();
        log.info(() ->
                "Starting GPU node " + nodeVersion() + " (wire contract " + WireContract.VERSION + "): " + options);
        List<LoadedPack> packs = verifiedPacks(options, log);
        OnnxRuntimeEngine engine = OnnxRuntimeEngine.start(options.provider(), options.cudaDevice(), new DeviceProbe());
        JobGate gate = new JobGate(options.maxConcurrentJobs());
        ActiveJobs active = new ActiveJobs(Clock.systemUTC());
        JobLedger ledger = new JobLedger(Clock.systemUTC(), LEDGER_RETENTION, LEDGER_ENTRIES);
        NodeService node = new NodeService(
                engine.device(),
                engine.onnxRuntimeVersion(),
                nodeVersion(),
                hostName(),
                gate,
                active,
                SelfTestNetwork.standard(),
                options.selfTestTolerance(),
                Clock.systemUTC());

        HealthStatusManager health = new HealthStatusManager();
        health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.NOT_SERVING);
        health.setStatus(WireContract.SERVICE, ServingStatus.NOT_SERVING);
        Optional<ReloadingTls> tls = linkSecurity(options, log);
        ExecutorService executor = Executors.newCachedThreadPool(threads("gpu-node-rpc"));
        GpuNodeGrpcService service = new GpuNodeGrpcService(node, ledger);
        Server server = NettyServerBuilder.forAddress(
                        new InetSocketAddress(options.host(), options.port()),
                        tls.map(ReloadingTls::serverCredentials).orElseGet(InsecureServerCredentials::create))
                .executor(executor)
                .maxInboundMessageSize(MAX_INBOUND_MESSAGE_BYTES)
                .permitKeepAliveTime(WireContract.PINGS_ACCEPTED_EVERY.toMillis(), TimeUnit.MILLISECONDS)
                .permitKeepAliveWithoutCalls(false)
                .addService(ServerInterceptors.intercept(
                        service, new SignedCallsOnly(new CallSignature(options.secret()), Clock.systemUTC())))
                .addService(health.getHealthService())
                .build();
        try {
            server.start();
        } catch (IOException e) {
            executor.shutdownNow();
            tls.ifPresent(ReloadingTls::close);
            throw new IOException(
                    "Cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
        }
        log.info(() -> "Accepting gRPC calls on " + options.host() + ":" + server.getPort()
                + " (health NOT_SERVING until the models are warm)");
        OnnxSelfTestModel model;
        Optional<FacePipeline> pipeline;
        Optional<RealEsrganUpscaler> upscaler;
        try {
            model = OnnxSelfTestModel.load(engine, options.models(), loadedNetwork);
            pipeline = facePipeline(engine, packs, log);
            upscaler = pipeline.isPresent() ? upscaler(engine, packs, log) : Optional.empty();
        } catch (IOException | InferenceException | RuntimeException e) {
            server.shutdownNow();
            executor.shutdownNow();
            tls.ifPresent(ReloadingTls::close);
            throw e;
        }
        PhotoDecoder decoder = new PhotoDecoder(options.photoLimits());
        Optional<HeadshotRenderer> renderer = pipeline.map(faces -> new CompositingRenderer(StyleCatalogue.standard()));
        pipeline.ifPresent(faces -> service.modelsReady(
                new FaceWorkService(decoder, faces, new PhotoInspector(), gate, ledger, active),
                renderer.map(r -> new HeadshotService(
                        decoder,
                        faces,
                        r,
                        gate,
                        ledger,
                        active,
                        upscaler.<ImageUpscaler>map(u -> u).orElse(ImageUpscaler.bicubic())))));
        List<LoadedModel> packModels = packs.stream()
                .flatMap(pack -> pack.models().stream().map(m -> m.asLoadedModel(pack.name())))
                .toList();
        List<PackSummary> packSummaries = packs.stream()
                .map(pack -> new PackSummary(
                        pack.name(),
                        pack.pack().version(),
                        pack.pack().title(),
                        pack.pack().evaluationOnly(),
                        pack.pack().notice()))
                .toList();
        node.packsLoaded(
                packSummaries,
                packModels,
                renderer.map(HeadshotRenderer::styles).orElse(List.of()));
        node.modelsReady(model);
        health.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.SERVING);
        health.setStatus(WireContract.SERVICE, ServingStatus.SERVING);
        GpuNodeServer started =
                new GpuNodeServer(options, server, health, gate, node, executor, model, packs, pipeline, upscaler, tls);
        log.info(() -> "Serving: " + started.readyLine());
        return started;
    }

    /**
     * TLS from the configured files, watched for changes; none (plaintext, with a warning) when no files are
     * configured. Files that cannot be used stop the node: it never falls back to plaintext.
     */
    private static Optional<ReloadingTls> linkSecurity(NodeOptions options, Logger log) throws IOException {
        if (options.tls().isEmpty()) {
            log.warning("No TLS configured (--tls-certificate, --tls-key, --tls-client-ca): this node speaks"
                    + " plaintext, photos cross the network unencrypted; only the shared-secret signature"
                    + " authenticates the application");
            return Optional.empty();
        }
        ReloadingTls tls = ReloadingTls.watch(options.tls().get(), options.tlsCheckInterval());
        if (tls.problem() != null) {
            tls.close();
            throw new IOException(tls.problem());
        }
        log.info(() -> "TLS only, client certificates required; the files are looked at every "
                + options.tlsCheckInterval().toSeconds() + " s and changes apply to new connections");
        return Optional.of(tls);
    }

    /**
     * The face pipeline over the packs' models, opened and warmed once, when the packs give every role
     * it needs; without them the node serves its self-test only, and says why in its log.
     */
    private static Optional<FacePipeline> facePipeline(OnnxRuntimeEngine engine, List<LoadedPack> packs, Logger log)
            throws IOException, InferenceException {
        List<ModelFile> files = packs.stream()
                .flatMap(pack -> pack.models().stream())
                .filter(m -> !m.model().role().equals(RealEsrganUpscaler.ROLE))
                .map(m -> new ModelFile(m.model().role(), m.model().family(), m.file()))
                .toList();
        List<String> roles = files.stream().map(ModelFile::role).toList();
        List<String> missing = FacePipeline.ROLES.stream()
                .filter(role -> !roles.contains(role))
                .toList();
        if (!missing.isEmpty()) {
            log.warning(() -> "No face pipeline: no model pack gives " + missing + "; this node only runs its self-test"
                    + " (install the starter pack: bin/headshots models install starter)");
            return Optional.empty();
        }
        long start = System.nanoTime();
        FacePipeline pipeline;
        try {
            pipeline = FacePipeline.open(engine, files);
        } catch (ai.onnxruntime.OrtException e) {
            throw new InferenceException("The face models cannot be opened: " + e.getMessage(), e);
        }
        pipeline.warmUp();
        log.info(() -> String.format(
                java.util.Locale.ROOT,
                "Face pipeline ready on %s: %d models opened and warmed in %.1f s",
                engine.device(),
                files.size(),
                (System.nanoTime() - start) / 1e9));
        return Optional.of(pipeline);
    }

    /**
     * The learned upscaler, opened and warmed, when a pack gives the {@value RealEsrganUpscaler#ROLE} role; without
     * it small faces are enlarged with plain bicubic interpolation.
     */
    private static Optional<RealEsrganUpscaler> upscaler(OnnxRuntimeEngine engine, List<LoadedPack> packs, Logger log)
            throws IOException, InferenceException {
        Optional<ModelFile> file = packs.stream()
                .flatMap(pack -> pack.model(RealEsrganUpscaler.ROLE).stream())
                .findFirst()
                .map(m -> new ModelFile(m.model().role(), m.model().family(), m.file()));
        if (file.isEmpty()) {
            log.info("No upscaling model in the packs: small faces are enlarged with plain bicubic interpolation");
            return Optional.empty();
        }
        long start = System.nanoTime();
        RealEsrganUpscaler upscaler;
        try {
            upscaler = RealEsrganUpscaler.open(engine, file.get());
        } catch (ai.onnxruntime.OrtException e) {
            throw new InferenceException("The upscaling model cannot be opened: " + e.getMessage(), e);
        }
        try {
            upscaler.warmUp();
        } catch (InferenceException | RuntimeException e) {
            try {
                upscaler.close();
            } catch (ai.onnxruntime.OrtException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        log.info(() -> String.format(
                java.util.Locale.ROOT,
                "Upscaler ready: %s (%s), opened and warmed in %.1f s",
                upscaler.name(),
                file.get().file().getFileName(),
                (System.nanoTime() - start) / 1e9));
        return Optional.of(upscaler);
    }

    /** The model packs found in the models folder, every file verified. */
    public List<LoadedPack> packs() {
        return packs;
    }

    /** Every pack in the models folder, verified before anything else starts: a refused pack stops the node. */
    private static List<LoadedPack> verifiedPacks(NodeOptions options, Logger log) throws IOException {
        List<LoadedPack> packs;
        try {
            packs = new PackLoader().loadAll(options.models());
        } catch (PackRefusedException e) {
            throw new IOException(e.getMessage(), e);
        }
        for (LoadedPack pack : packs) {
            log.info(() ->
                    "Model pack " + pack.pack() + " verified: " + pack.models().size() + " models in " + pack.folder()
                            + (pack.pack().evaluationOnly() ? " (for evaluation only)" : ""));
        }
        return packs;
    }

    /** The port the node listens on (useful with --port 0). */
    public int port() {
        return server.getPort();
    }

    public ComputeDevice device() {
        return node.device();
    }

    public String readyLine() {
        return READY_PREFIX + options.host() + ":" + port() + " (" + node.device()
                + (tls.isPresent() ? ", TLS" : ", plaintext") + ")";
    }

    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    /**
     * Stops taking calls, gives running jobs the grace period to finish, then closes everything.
     * Safe to call more than once and from a shutdown hook.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Logger log = logger();
        Duration grace = options.shutdownGrace();
        log.info(() -> "Shutting down: no new calls; running jobs get " + grace.toSeconds() + " s to finish ("
                + gate.running() + " running, " + gate.waiting() + " waiting)");
        health.enterTerminalState();
        server.shutdown();
        gate.close();
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            if (!gate.awaitIdle(grace)) {
                log.warning(() ->
                        gate.running() + " job(s) still running after " + grace.toSeconds() + " s; stopping anyway");
            }
            long left = Math.max(0, deadline - System.nanoTime());
            if (!server.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                server.shutdownNow();
                server.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.shutdownNow();
        }
        executor.shutdownNow();
        tls.ifPresent(ReloadingTls::close);
        selfTestModel.close();
        pipeline.ifPresent(faces -> {
            try {
                faces.close();
            } catch (ai.onnxruntime.OrtException e) {
                log.warning(() -> "The face models did not close cleanly: " + e.getMessage());
            }
        });
        upscaler.ifPresent(u -> {
            try {
                u.close();
            } catch (ai.onnxruntime.OrtException e) {
                log.warning(() -> "The upscaling model did not close cleanly: " + e.getMessage());
            }
        });
        log.info("GPU node stopped");
    }

    static String nodeVersion() {
        String version = GpuNodeServer.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return env == null || env.isBlank() ? "unknown" : env;
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static Logger logger() {
        return Logger.getLogger(GpuNodeServer.class.getName());
    }
}
