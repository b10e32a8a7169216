package org.headshots.infrastructure.gpu;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.headshots.application.GpuFleet;
import org.headshots.gpu.api.GeneratedHeadshot;
import org.headshots.gpu.api.GenerationRequest;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.GpuConnectionFactory;
import org.headshots.gpu.api.GpuNodeException;
import org.headshots.gpu.api.IdentityResult;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.PhotoAnalysisResult;
import org.headshots.gpu.api.SelfTestReport;

/** Reaches the GPU nodes only through the resource adapter's pooled connections; their failures become the application's. */
@ApplicationScoped
public class ConnectorGpuFleet implements GpuFleet {

    @Resource(lookup = GpuConnectionFactory.JNDI_NAME)
    GpuConnectionFactory connections;

    @Override
    public List<NodeInfo> nodes() {
        try (GpuConnection connection = connections.getConnection()) {
            return connection.nodes();
        } catch (GpuNodeException e) {
            throw FleetFailures.translated(e);
        }
    }

    @Override
    public PhotoAnalysisResult analyze(JobKey key, byte[] photo) {
        try (GpuConnection connection = connections.getConnection()) {
            return connection.analyze(key, photo, false);
        } catch (GpuNodeException e) {
            throw FleetFailures.translated(e);
        }
    }

    @Override
    public IdentityResult buildIdentity(JobKey key, List<byte[]> photos) {
        try (GpuConnection connection = connections.getConnection()) {
            return connection.buildIdentity(key, photos);
        } catch (GpuNodeException e) {
            throw FleetFailures.translated(e);
        }
    }

    @Override
    public List<GeneratedHeadshot> generate(JobKey key, GenerationRequest request, int from, int to) {
        List<GeneratedHeadshot> made = new ArrayList<>(to - from);
        try (GpuConnection connection = connections.getConnection()) {
            connection.generate(key, request, from, to, made::add);
        } catch (GpuNodeException e) {
            throw FleetFailures.translated(e);
        }
        return made;
    }

    @Override
    public void add(NodeAddress node) {
        try (GpuConnection connection = connections.getConnection()) {
            connection.addNode(node);
        } catch (GpuNodeException e) {
            throw FleetFailures.translated(e);
        }
    }

    @Override
    public void remove(NodeAddress node) {
        try (GpuConnection connection = connections.getConnection()) {
            connection.removeNode(node);
        } catch (GpuNodeException e) {
            throw FleetFailures.translated(e);
        }
    }

    @Override
    public SelfTestReport selfTest(NodeAddress node, JobKey key) {
        try (GpuConnection connection = connections.getConnection()) {
            return connection.selfTest(node, key);
        } catch (GpuNodeException e) {
            throw FleetFailures.translated(e);
        }
    }
}
