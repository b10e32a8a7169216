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
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.headshots.gpu.api.NodeAddress;

/**
 * The GPU node resource adapter. It owns the list of nodes and one gRPC channel per node, opened
 * in {@link #start} and closed in {@link #stop}; managed connections borrow the channels.
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

    private String nodeAddresses = DEFAULT_NODE_ADDRESSES;

    private transient volatile NodeChannels channels;

    /** Comma-separated host:port of the GPU nodes, e.g. {@code gpu1:50051,gpu2:50051}. */
    @ConfigProperty(type = String.class, defaultValue = DEFAULT_NODE_ADDRESSES,
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
        channels = NodeChannels.open(resolved.addresses());
        LOG.info(() -> "GPU resource adapter started with " + resolved.addresses().size() + " node(s) "
                + resolved.addresses() + " from " + resolved.source());
    }

    @Override
    public void stop() {
        NodeChannels open = channels;
        channels = null;
        if (open != null) {
            open.close();
            LOG.info("GPU resource adapter stopped; its gRPC channels and threads are closed");
        }
    }

    /** The nodes, in configuration order. */
    public List<NodeAddress> nodes() {
        return channels().addresses();
    }

    /** The channels of a started adapter. */
    NodeChannels channels() {
        NodeChannels open = channels;
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
    static NodeAddressList.Resolved resolve(String configured, UnaryOperator<String> properties,
            UnaryOperator<String> environment) {
        return NodeAddressList.resolve(configured, properties, environment);
    }
}
