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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.wire.SharedSecret;

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

    /** How often the adapter asks every node how it is and how busy. */
    static final Duration HEALTH_INTERVAL = Duration.ofSeconds(2);

    private String nodeAddresses = DEFAULT_NODE_ADDRESSES;

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
        fleet = Fleet.open(resolved.addresses(), secret, secretProblem);
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
                + resolved.addresses().size() + " node(s) " + resolved.addresses() + " from " + resolved.source());
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
