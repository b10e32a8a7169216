package org.headshots.gpu.rar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.headshots.gpu.api.GpuConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a container's pool does with the managed connections, done by hand. */
class ManagedConnectionLifecycleTest {

    private GpuResourceAdapter adapter;
    private GpuManagedConnectionFactory factory;
    private final List<ConnectionEvent> closed = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        adapter = new GpuResourceAdapter();
        adapter.setNodeAddresses("127.0.0.1:1");
        adapter.start(null);
        factory = new GpuManagedConnectionFactory();
        factory.setResourceAdapter(adapter);
    }

    @AfterEach
    void stop() {
        adapter.stop();
    }

    @Test
    void aPooledManagedConnectionServesHandleAfterHandle() throws Exception {
        GpuManagedConnection managed = (GpuManagedConnection) factory.createManagedConnection(null, null);
        managed.addConnectionEventListener(new Recorder());

        GpuConnection first = (GpuConnection) managed.getConnection(null, null);
        first.close();
        assertEquals(1, closed.size());
        assertEquals(ConnectionEvent.CONNECTION_CLOSED, closed.get(0).getId());
        assertSame(first, closed.get(0).getConnectionHandle());

        managed.cleanup();
        assertSame(managed, factory.matchManagedConnections(Set.of(managed), null, null));
        GpuConnection second = (GpuConnection) managed.getConnection(null, null);
        assertEquals(1, second.nodes().size());

        managed.cleanup(); // the container takes the connection back while the application still holds it
        assertThrows(IllegalStateException.class, second::nodes);

        managed.destroy();
        assertNull(factory.matchManagedConnections(Set.of(managed), null, null));
        assertThrows(ResourceException.class, () -> managed.getConnection(null, null));
    }

    @Test
    void aHandleCanMoveToAnotherManagedConnection() throws Exception {
        GpuManagedConnection one = (GpuManagedConnection) factory.createManagedConnection(null, null);
        GpuManagedConnection two = (GpuManagedConnection) factory.createManagedConnection(null, null);
        two.addConnectionEventListener(new Recorder());
        GpuConnection handle = (GpuConnection) one.getConnection(null, null);

        two.associateConnection(handle);
        one.cleanup(); // no longer affects the moved handle
        handle.nodes();
        handle.close();

        assertEquals(1, closed.size());
        assertEquals(two, closed.get(0).getSource());
    }

    @Test
    void hasNoTransactions() throws Exception {
        GpuManagedConnection managed = (GpuManagedConnection) factory.createManagedConnection(null, null);
        assertThrows(NotSupportedException.class, managed::getXAResource);
        assertThrows(NotSupportedException.class, managed::getLocalTransaction);
        assertEquals("Headshots GPU node", managed.getMetaData().getEISProductName());
    }

    @Test
    void factoriesAreEqualWhenConfiguredAlike() throws Exception {
        GpuManagedConnectionFactory other = new GpuManagedConnectionFactory();
        other.setResourceAdapter(adapter);
        assertEquals(factory, other);
        assertEquals(factory.hashCode(), other.hashCode());
        other.setSelfTestTimeoutMillis(5000);
        assertNotEquals(factory, other);
        assertThrows(IllegalArgumentException.class, () -> other.setInfoTimeoutMillis(0));
    }

    private final class Recorder implements ConnectionEventListener {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            closed.add(event);
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {}

        @Override
        public void localTransactionStarted(ConnectionEvent event) {}

        @Override
        public void localTransactionCommitted(ConnectionEvent event) {}

        @Override
        public void localTransactionRolledback(ConnectionEvent event) {}
    }
}
