package org.headshots.gpu.rar;

import java.util.List;
import java.util.Objects;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.SelfTestReport;

/** The application's handle; delegates to its managed connection until closed. */
public class GpuConnectionImpl implements GpuConnection {

    private volatile GpuManagedConnection managed;
    private volatile boolean closed;

    GpuConnectionImpl(GpuManagedConnection managed) {
        this.managed = managed;
    }

    @Override
    public List<NodeInfo> nodes() {
        return open().nodes();
    }

    @Override
    public SelfTestReport selfTest(NodeAddress node, JobKey key) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(key, "key");
        return open().selfTest(node, key);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        GpuManagedConnection current = managed;
        managed = null;
        if (current != null) {
            current.handleClosed(this);
        }
    }

    /** The container moved this handle to another managed connection. */
    void associate(GpuManagedConnection other) {
        GpuManagedConnection previous = managed;
        if (previous != null && previous != other) {
            previous.detach(this);
        }
        managed = other;
        closed = false;
    }

    /** The managed connection was cleaned up or destroyed: this handle can no longer be used. */
    void invalidate() {
        managed = null;
        closed = true;
    }

    private GpuManagedConnection open() {
        GpuManagedConnection current = managed;
        if (closed || current == null) {
            throw new IllegalStateException("This GPU connection is closed");
        }
        return current;
    }
}
