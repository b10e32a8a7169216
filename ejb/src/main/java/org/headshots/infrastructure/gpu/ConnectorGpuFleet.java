package org.headshots.infrastructure.gpu;

import static org.headshots.infrastructure.gpu.FleetTranslation.fromConnector;
import static org.headshots.infrastructure.gpu.FleetTranslation.toConnector;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.headshots.application.GpuFleet;
import org.headshots.application.fleet.BuiltIdentity;
import org.headshots.application.fleet.FleetNode;
import org.headshots.application.fleet.HeadshotRequest;
import org.headshots.application.fleet.MadeHeadshot;
import org.headshots.application.fleet.NodeSelfTest;
import org.headshots.application.fleet.PhotoCheck;
import org.headshots.application.fleet.WorkKey;
import org.headshots.domain.fleet.NodeAddress;
import org.headshots.gpu.api.GeneratedHeadshot;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.GpuConnectionFactory;
import org.headshots.gpu.api.GpuNodeException;

/**
 * Reaches the GPU nodes only through the resource adapter's pooled connections, and speaks the application's
 * words to the rest of it: the connector's types and failures do not leave this package.
 */
@ApplicationScoped
public class ConnectorGpuFleet implements GpuFleet {

    @Resource(lookup = GpuConnectionFactory.JNDI_NAME)
    GpuConnectionFactory connections;

    @Override
    public List<FleetNode> nodes() {
        return call(connection ->
                connection.nodes().stream().map(FleetTranslation::fromConnector).toList());
    }

    @Override
    public PhotoCheck analyze(WorkKey key, byte[] photo) {
        return call(connection -> fromConnector(connection.analyze(toConnector(key), photo, false)));
    }

    @Override
    public BuiltIdentity buildIdentity(WorkKey key, List<byte[]> photos) {
        return call(connection -> fromConnector(connection.buildIdentity(toConnector(key), photos)));
    }

    @Override
    public List<MadeHeadshot> generate(WorkKey key, HeadshotRequest request, int from, int to) {
        return call(connection -> {
            List<GeneratedHeadshot> made = new ArrayList<>(to - from);
            connection.generate(toConnector(key), toConnector(request), from, to, made::add);
            return made.stream().map(FleetTranslation::fromConnector).toList();
        });
    }

    @Override
    public void add(NodeAddress node) {
        call(connection -> {
            connection.addNode(toConnector(node));
            return null;
        });
    }

    @Override
    public void remove(NodeAddress node) {
        call(connection -> {
            connection.removeNode(toConnector(node));
            return null;
        });
    }

    @Override
    public NodeSelfTest selfTest(NodeAddress node, WorkKey key) {
        return call(connection -> fromConnector(connection.selfTest(toConnector(node), toConnector(key))));
    }

    private <T> T call(Function<GpuConnection, T> work) {
        try (GpuConnection connection = connections.getConnection()) {
            return work.apply(connection);
        } catch (GpuNodeException e) {
            throw FleetFailures.translated(e);
        }
    }
}
