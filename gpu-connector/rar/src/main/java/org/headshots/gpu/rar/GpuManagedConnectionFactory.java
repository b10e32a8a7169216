package org.headshots.gpu.rar;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.GpuConnectionFactory;

/**
 * Makes managed connections to the GPU node fleet. A managed connection holds stubs over the
 * resource adapter's channels, so pooling them is cheap and closing them never closes a channel.
 *
 * <p>Config properties (on the connection pool): {@code InfoTimeoutMillis} (default 2000), the
 * deadline of each node's GetInfo in {@link GpuConnection#nodes()}; {@code SelfTestTimeoutMillis}
 * (default 30000), the deadline of {@link GpuConnection#selfTest}; {@code AnalyzeTimeoutMillis}
 * (default 60000), {@code IdentityTimeoutMillis} (default 600000) and {@code GenerateTimeoutMillis}
 * (default 1800000), the deadlines of analysis, identity building and generation, failovers included.
 */
@ConnectionDefinition(
        connectionFactory = GpuConnectionFactory.class,
        connectionFactoryImpl = GpuConnectionFactoryImpl.class,
        connection = GpuConnection.class,
        connectionImpl = GpuConnectionImpl.class)
public class GpuManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_INFO_TIMEOUT_MILLIS = 2_000;
    public static final int DEFAULT_SELF_TEST_TIMEOUT_MILLIS = 30_000;

    private Integer infoTimeoutMillis = DEFAULT_INFO_TIMEOUT_MILLIS;
    private Integer selfTestTimeoutMillis = DEFAULT_SELF_TEST_TIMEOUT_MILLIS;
    private Integer analyzeTimeoutMillis = 60_000;
    private Integer identityTimeoutMillis = 600_000;
    private Integer generateTimeoutMillis = 1_800_000;

    private GpuResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @ConfigProperty(
            type = Integer.class,
            defaultValue = "2000",
            description = "Deadline in milliseconds of each node's GetInfo when listing the nodes")
    public void setInfoTimeoutMillis(Integer millis) {
        this.infoTimeoutMillis = positive(millis, "InfoTimeoutMillis");
    }

    public Integer getInfoTimeoutMillis() {
        return infoTimeoutMillis;
    }

    @ConfigProperty(
            type = Integer.class,
            defaultValue = "30000",
            description = "Deadline in milliseconds of a node self-test")
    public void setSelfTestTimeoutMillis(Integer millis) {
        this.selfTestTimeoutMillis = positive(millis, "SelfTestTimeoutMillis");
    }

    public Integer getSelfTestTimeoutMillis() {
        return selfTestTimeoutMillis;
    }

    @ConfigProperty(
            type = Integer.class,
            defaultValue = "60000",
            description = "Deadline in milliseconds of a photo analysis, failovers included")
    public void setAnalyzeTimeoutMillis(Integer millis) {
        this.analyzeTimeoutMillis = positive(millis, "AnalyzeTimeoutMillis");
    }

    public Integer getAnalyzeTimeoutMillis() {
        return analyzeTimeoutMillis;
    }

    @ConfigProperty(
            type = Integer.class,
            defaultValue = "600000",
            description = "Deadline in milliseconds of an identity build, failovers included")
    public void setIdentityTimeoutMillis(Integer millis) {
        this.identityTimeoutMillis = positive(millis, "IdentityTimeoutMillis");
    }

    public Integer getIdentityTimeoutMillis() {
        return identityTimeoutMillis;
    }

    @ConfigProperty(
            type = Integer.class,
            defaultValue = "1800000",
            description = "Deadline in milliseconds of a generation, failovers included")
    public void setGenerateTimeoutMillis(Integer millis) {
        this.generateTimeoutMillis = positive(millis, "GenerateTimeoutMillis");
    }

    public Integer getGenerateTimeoutMillis() {
        return generateTimeoutMillis;
    }

    Timeouts timeouts() {
        return new Timeouts(
                Duration.ofMillis(infoTimeoutMillis),
                Duration.ofMillis(selfTestTimeoutMillis),
                Duration.ofMillis(analyzeTimeoutMillis),
                Duration.ofMillis(identityTimeoutMillis),
                Duration.ofMillis(generateTimeoutMillis));
    }

    @Override
    public Object createConnectionFactory(ConnectionManager connectionManager) {
        return new GpuConnectionFactoryImpl(this, Objects.requireNonNull(connectionManager, "connectionManager"));
    }

    /** Outside a container: every connection gets its own managed connection, destroyed on close. */
    @Override
    public Object createConnectionFactory() {
        return new GpuConnectionFactoryImpl(this, new UnpooledConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
            throws ResourceException {
        GpuResourceAdapter adapter = resourceAdapter;
        if (adapter == null) {
            throw new ResourceException("The GPU connection factory is not associated with its resource adapter");
        }
        try {
            return new GpuManagedConnection(this, new NodeCalls(adapter.fleet(), timeouts()));
        } catch (IllegalStateException e) {
            throw new ResourceException(e.getMessage(), e);
        }
    }

    /** Every managed connection of this factory can serve every request: take the first. */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set connections, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : connections) {
            if (candidate instanceof GpuManagedConnection connection
                    && connection.factory().equals(this)
                    && connection.usable()) {
                return connection;
            }
        }
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        if (!(adapter instanceof GpuResourceAdapter gpu)) {
            throw new ResourceException("Expected a " + GpuResourceAdapter.class.getName() + ", got " + adapter);
        }
        if (resourceAdapter != null && resourceAdapter != gpu) {
            throw new IllegalStateException("The resource adapter of a connection factory cannot change");
        }
        this.resourceAdapter = gpu;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GpuManagedConnectionFactory that
                && Objects.equals(infoTimeoutMillis, that.infoTimeoutMillis)
                && Objects.equals(selfTestTimeoutMillis, that.selfTestTimeoutMillis)
                && Objects.equals(analyzeTimeoutMillis, that.analyzeTimeoutMillis)
                && Objects.equals(identityTimeoutMillis, that.identityTimeoutMillis)
                && Objects.equals(generateTimeoutMillis, that.generateTimeoutMillis)
                && resourceAdapter == that.resourceAdapter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                infoTimeoutMillis,
                selfTestTimeoutMillis,
                analyzeTimeoutMillis,
                identityTimeoutMillis,
                generateTimeoutMillis);
    }

    private static Integer positive(Integer millis, String name) {
        if (millis == null || millis <= 0) {
            throw new IllegalArgumentException(name + " must be a positive number of milliseconds, not " + millis);
        }
        return millis;
    }
}
