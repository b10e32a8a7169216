package org.headshots.gpu.rar;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.headshots.gpu.wire.WireContract;

/** A pooled handle on the node fleet: stubs over the adapter's channels, no transactions. */
public class GpuManagedConnection implements ManagedConnection {

    private final GpuManagedConnectionFactory factory;
    private final NodeCalls calls;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<GpuConnectionImpl> handles = ConcurrentHashMap.newKeySet();
    private volatile boolean destroyed;
    private PrintWriter logWriter;

    GpuManagedConnection(GpuManagedConnectionFactory factory, NodeCalls calls) {
        this.factory = factory;
        this.calls = calls;
    }

    GpuManagedConnectionFactory factory() {
        return factory;
    }

    boolean usable() {
        return !destroyed;
    }

    NodeCalls calls() {
        return calls;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        if (destroyed) {
            throw new ResourceException("This GPU managed connection was destroyed");
        }
        GpuConnectionImpl handle = new GpuConnectionImpl(this);
        handles.add(handle);
        return handle;
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof GpuConnectionImpl handle)) {
            throw new ResourceException("Not a GPU connection handle: " + connection);
        }
        handle.associate(this);
        handles.add(handle);
    }

    /** A handle was closed by the application: tell the container, which returns this to the pool. */
    void handleClosed(GpuConnectionImpl handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        for (ConnectionEventListener listener : listeners) {
            listener.connectionClosed(event);
        }
    }

    /** Moves {@code handle} away from this managed connection (the container re-associated it). */
    void detach(GpuConnectionImpl handle) {
        handles.remove(handle);
    }

    @Override
    public void cleanup() {
        for (GpuConnectionImpl handle : handles) {
            handle.invalidate();
        }
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
        destroyed = true;
        // the channels belong to the resource adapter: nothing to close here
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("GPU node calls are not transactional");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("GPU node calls are not transactional");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "Headshots GPU node";
            }

            @Override
            public String getEISProductVersion() {
                return "wire contract " + WireContract.VERSION;
            }

            @Override
            public int getMaxConnections() {
                return 0; // no limit of the EIS's own
            }

            @Override
            public String getUserName() {
                return "";
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
