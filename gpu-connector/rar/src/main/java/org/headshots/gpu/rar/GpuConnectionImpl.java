package org.headshots.gpu.rar;

import java.util.List;
import java.util.Objects;
import org.headshots.gpu.api.AnalysisOptions;
import org.headshots.gpu.api.GenerationRequest;
import org.headshots.gpu.api.GpuConnection;
import org.headshots.gpu.api.HeadshotReceiver;
import org.headshots.gpu.api.IdentityResult;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.api.NodeAddress;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.gpu.api.PhotoAnalysisResult;
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
        return open().calls().nodes();
    }

    @Override
    public void addNode(NodeAddress node) {
        open().calls().addNode(Objects.requireNonNull(node, "node"));
    }

    @Override
    public void removeNode(NodeAddress node) {
        open().calls().removeNode(Objects.requireNonNull(node, "node"));
    }

    @Override
    public SelfTestReport selfTest(NodeAddress node, JobKey key) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(key, "key");
        return open().calls().selfTest(node, key);
    }

    @Override
    public PhotoAnalysisResult analyze(JobKey key, byte[] photo, AnalysisOptions options) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(options, "options");
        return open().calls().analyze(key, photo, options);
    }

    @Override
    public IdentityResult buildIdentity(JobKey key, List<byte[]> photos) {
        Objects.requireNonNull(key, "key");
        return open().calls().buildIdentity(key, List.copyOf(photos));
    }

    @Override
    public void generate(JobKey key, GenerationRequest request, int from, int to, HeadshotReceiver receiver) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(receiver, "receiver");
        if (from < 0 || to > request.count() || from >= to) {
            throw new IllegalArgumentException("The part " + from + ".." + to + " is not within 0.." + request.count());
        }
        open().calls().generate(key, request, from, to, receiver);
    }

    @Override
    public boolean cancel(JobKey key) {
        return open().calls().cancel(Objects.requireNonNull(key, "key"));
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
