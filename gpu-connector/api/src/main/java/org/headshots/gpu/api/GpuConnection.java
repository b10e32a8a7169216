package org.headshots.gpu.api;

import java.util.List;

/** A pooled handle on the GPU node fleet; close it to give it back to the pool. */
public interface GpuConnection extends AutoCloseable {

    /** Every node the adapter knows, reachable or not, in configuration order. */
    List<NodeInfo> nodes();

    /**
     * Runs the node's built-in self-test model and checks its output against a reference computation.
     *
     * @throws GpuNodeException naming the node and the cause when the node cannot be reached or the check fails
     */
    SelfTestReport selfTest(NodeAddress node, JobKey key);

    @Override
    void close();
}
