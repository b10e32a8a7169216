package org.headshots.gpu.rar;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.wire.ReloadingTls;
import org.headshots.gpu.wire.SharedSecret;
import org.headshots.gpu.wire.TlsFiles;

/**
 * The GPU node resource adapter. It owns the fleet of nodes (one gRPC channel each, opened in
 * {@link #start}, closed in {@link #stop}, nodes added and removed while running) and checks every
 * node's health and load every {@link #HEALTH_INTERVAL}; managed connections borrow the fleet.
 * Calls are signed with the shared secret from {@value #SECRET_ENVIRONMENT_VARIABLE} (or the
 * system property {@value #SECRET_SYSTEM_PROPERTY}); without one every call is refused, saying so.
 *
 * <p>Nodes come from the config property {@code NodeAddresses} (comma-separated host:port,
 * default {@code localhost:50051}); the system property {@value #NODES_SYSTEM_PROPERTY} or, without
 * it, the environment variable {@value #NODES_ENVIRONMENT_VARIABLE} override it when set.
 *
 * <p>The links are TLS with the application's client certificate when its certificate, key and the
 * CA that issues the nodes' certificates are configured ({@code TlsCertificateFile}, {@code
 * TlsKeyFile}, {@code TlsTrustedCaFile}, each overridden by the system property {@code
 * headshots.gpu.tls.*} or the environment variable {@code HEADSHOTS_GPU_TLS_*} of {@link
 * #TLS_SETTINGS}); the files are looked at every {@code TlsCheckSeconds} and changes apply to new
 * connections. Without them the links are plaintext, with a warning in the log.
 */
@Connector(
        displayName = "Headshots GPU nodes",
        description = "Reaches the Headshots GPU nodes over gRPC (wire contract headshots.node.v1)",
        vendorName = "Headshots",
        eisType = "Headshots GPU node",
        version = "1.0",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction,
        reauthenticationSupport = false)
public class GpuResourceAdapter implements ResourceAdapter, Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(GpuResourceAdapter.class.getName());

    public static final String DEFAULT_NODE_ADDRESSES = "localhost:50051";
    public static final String NODES_SYSTEM_PROPERTY = "headshots.gpu.nodes";
    public static final String NODES_ENVIRONMENT_VARIABLE = "HEADSHOTS_GPU_NODES";

    public static final String SECRET_SYSTEM_PROPERTY = "headshots.gpu.secret";
    public static final String SECRET_ENVIRONMENT_VARIABLE = "HEADSHOTS_GPU_SECRET";

    /** The TLS files, each as {config property, system property, environment variable}. */
    static final List<List<String>> TLS_SETTINGS = List.of(
            List.of("TlsCertificateFile", "headshots.gpu.tls.certificate", "HEADSHOTS_GPU_TLS_CERTIFICATE"),
            List.of("TlsKeyFile", "headshots.gpu.tls.key", "HEADSHOTS_GPU_TLS_KEY"),
            List.of("TlsTrustedCaFile", "headshots.gpu.tls.ca", "HEADSHOTS_GPU_TLS_CA"));

    /** How often the adapter asks every node how it is and how busy. */
    static final Duration HEALTH_INTERVAL = Duration.ofSeconds(2);

    private String nodeAddresses = DEFAULT_NODE_ADDRESSES;
    private String tlsCertificateFile = "";
    private String tlsKeyFile = "";
    private String tlsTrustedCaFile = "";
    private Integer tlsCheckSeconds = (int) ReloadingTls.DEFAULT_CHECK_INTERVAL.toSeconds();

    private transient volatile Fleet fleet;
    private transient ScheduledExecutorService healthChecks;

    /** Comma-separated host:port of the GPU nodes, e.g. {@code gpu1:50051,gpu2:50051}. */
    @ConfigProperty(
            type = String.class,
            defaultValue = DEFAULT_NODE_ADDRESSES,
            description = "Comma-separated host:port of the GPU nodes; the system property headshots.gpu.nodes "
                    + "or the environment variable HEADSHOTS_GPU_NODES override it")
    public void setNodeAddresses(String nodeAddresses) {
        this.nodeAddresses = nodeAddresses;
    }

    public String getNodeAddresses() {
        return nodeAddresses;
    }

    @ConfigProperty(
            type = String.class,
            defaultValue = "",
            description = "PEM certificate the application shows the GPU nodes (TLS client); empty, with the key"
                    + " and CA, for plaintext links. The system property headshots.gpu.tls.certificate or the"
                    + " environment variable HEADSHOTS_GPU_TLS_CERTIFICATE override it")
    public void setTlsCertificateFile(String file) {
        this.tlsCertificateFile = file;
    }

    public String getTlsCertificateFile() {
        return tlsCertificateFile;
    }

    @ConfigProperty(
            type = String.class,
            defaultValue = "",
            description = "Its private key, PEM PKCS#8; headshots.gpu.tls.key or HEADSHOTS_GPU_TLS_KEY override it")
    public void setTlsKeyFile(String file) {
        this.tlsKeyFile = file;
    }

    public String getTlsKeyFile() {
        return tlsKeyFile;
    }

    @ConfigProperty(
            type = String.class,
            defaultValue = "",
            description = "PEM certificate of the CA that issues the GPU nodes' certificates (which must name the"
                    + " addresses the nodes are dialled by); headshots.gpu.tls.ca or HEADSHOTS_GPU_TLS_CA override it")
    public void setTlsTrustedCaFile(String file) {
        this.tlsTrustedCaFile = file;
    }

    public String getTlsTrustedCaFile() {
        return tlsTrustedCaFile;
    }

    @ConfigProperty(
            type = Integer.class,
            defaultValue = "30",
            description = "How often, in seconds, the TLS files are looked at; a change applies to new connections")
    public void setTlsCheckSeconds(Integer seconds) {
        this.tlsCheckSeconds = seconds;
    }

    public Integer getTlsCheckSeconds() {
        return tlsCheckSeconds;
    }

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        NodeAddressList.Resolved resolved;
        try {
            resolved = NodeAddressList.resolve(nodeAddresses, System::getProperty, System::getenv);
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("GPU node addresses: " + e.getMessage(), e);
        }
        SharedSecret secret = null;
        String secretProblem = null;
        String configured = System.getProperty(SECRET_SYSTEM_PROPERTY, System.getenv(SECRET_ENVIRONMENT_VARIABLE));
        if (configured == null || configured.isBlank()) {
            secretProblem = "no shared secret for the GPU nodes is configured: set the environment variable "
                    + SECRET_ENVIRONMENT_VARIABLE + " (or the system property " + SECRET_SYSTEM_PROPERTY
                    + ") of the server to the nodes' secret";
        } else {
            try {
                secret = SharedSecret.of(configured);
            } catch (IllegalArgumentException e) {
                secretProblem = e.getMessage();
            }
        }
        if (secretProblem != null) {
            LOG.severe("GPU resource adapter: " + secretProblem);
        }
        ReloadingTls tls = linkSecurity(System::getProperty, System::getenv);
        fleet = Fleet.open(resolved.addresses(), secret, secretProblem, tls);
        NodeCalls health = new NodeCalls(
                fleet,
                new Timeouts(HEALTH_INTERVAL, HEALTH_INTERVAL, HEALTH_INTERVAL, HEALTH_INTERVAL, HEALTH_INTERVAL));
        healthChecks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "headshots-gpu-health");
            thread.setDaemon(true);
            return thread;
        });
        healthChecks.scheduleWithFixedDelay(
                () -> {
                    try {
                        health.refresh(HEALTH_INTERVAL);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "GPU node health check failed", e);
                    }
                },
                0,
                HEALTH_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "GPU resource adapter started with "
                + resolved.addresses().size() + " node(s) " + resolved.addresses() + " from " + resolved.source()
                + (tls == null ? ", plaintext" : ", TLS"));
    }

    /**
     * TLS from the configured files, watched for changes; null (plaintext, with a warning) when none is
     * configured. Files that cannot be used make every call fail, saying so: never a fallback to plaintext.
     */
    private ReloadingTls linkSecurity(UnaryOperator<String> properties, UnaryOperator<String> environment)
            throws ResourceAdapterInternalException {
        List<String> configured = List.of(tlsCertificateFile, tlsKeyFile, tlsTrustedCaFile);
        String[] values = new String[TLS_SETTINGS.size()];
        String[] names = new String[TLS_SETTINGS.size()];
        for (int i = 0; i < values.length; i++) {
            List<String> setting = TLS_SETTINGS.get(i);
            values[i] =
                    firstSet(properties.apply(setting.get(1)), environment.apply(setting.get(2)), configured.get(i));
            names[i] = setting.get(0) + " (" + setting.get(1) + ")";
        }
        Optional<TlsFiles> files;
        try {
            files = TlsFiles.of(values[0], values[1], values[2], names);
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("GPU node links: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            LOG.warning("GPU resource adapter: no TLS configured (TlsCertificateFile, TlsKeyFile, TlsTrustedCaFile or"
                    + " the system properties headshots.gpu.tls.*): photos travel to the GPU nodes unencrypted");
            return null;
        }
        int seconds = tlsCheckSeconds == null ? (int) ReloadingTls.DEFAULT_CHECK_INTERVAL.toSeconds() : tlsCheckSeconds;
        return ReloadingTls.watch(files.get(), Duration.ofSeconds(Math.max(1, seconds)));
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    @Override
    public void stop() {
        ScheduledExecutorService checks = healthChecks;
        healthChecks = null;
        if (checks != null) {
            checks.shutdownNow();
            try {
                if (!checks.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warning("The GPU node health checks did not stop within 5 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Fleet open = fleet;
        fleet = null;
        if (open != null) {
            open.close();
            LOG.info("GPU resource adapter stopped; its gRPC channels and threads are closed");
        }
    }

    /** The nodes, in the order they were added. */
    public List<NodeAddress> nodes() {
        return fleet().addresses();
    }

    /** The fleet of a started adapter. */
    Fleet fleet() {
        Fleet open = fleet;
        if (open == null) {
            throw new IllegalStateException("The GPU resource adapter is not started");
        }
        return open;
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec)
            throws ResourceException {
        throw new NotSupportedException("The GPU resource adapter has no inbound messaging");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
        // nothing was activated
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    /** For tests: how an override would be read. */
    static NodeAddressList.Resolved resolve(
            String configured, UnaryOperator<String> properties, UnaryOperator<String> environment) {
        return NodeAddressList.resolve(configured, properties, environment);
    }
}
