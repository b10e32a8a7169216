package org.headshots.gpu.api;

import java.util.List;

/**
 * A pooled handle on the GPU node fleet; close it to give it back to the pool. Work goes to the
 * least-loaded node that is up and has the models it needs; when that node fails during the work,
 * the request is sent again, with the same job key, to another one. Every call has a deadline.
 * Failures are {@link GpuNodeException}s whose message a person can read.
 */
public interface GpuConnection extends AutoCloseable {

    /** Every node of the fleet, reachable or not, in the order they were added. */
    List<NodeInfo> nodes();

    /** Adds a node to the fleet at once; nothing happens when it is already there. */
    void addNode(NodeAddress node);

    /** Removes a node from the fleet; its running requests fail over to the others. */
    void removeNode(NodeAddress node);

    /**
     * Runs the node's built-in self-test model and checks its output against a reference computation.
     *
     * @throws GpuNodeException naming the node and the cause when the node cannot be reached or the check fails
     */
    SelfTestReport selfTest(NodeAddress node, JobKey key);

    /** Faces, landmarks, identity embeddings, eye state and head pose of one photo; with {@code matte} its matte too. */
    default PhotoAnalysisResult analyze(JobKey key, byte[] photo, boolean matte) {
        return analyze(key, photo, AnalysisOptions.matte(matte));
    }

    /**
     * Faces (with landmarks, identity embedding, eye state, head pose, face likeness) and quality measurements of
     * one photo, plus what {@code options} asks for: the matte, the normalized JPEG and its thumbnail.
     */
    PhotoAnalysisResult analyze(JobKey key, byte[] photo, AnalysisOptions options);

    /** The identity of the person in the photos. */
    IdentityResult buildIdentity(JobKey key, List<byte[]> photos);

    /**
     * Generates headshots, handing each to {@code receiver} as it arrives: every index exactly once,
     * in order, even when a node fails in the middle and another one finishes the job.
     */
    default void generate(JobKey key, GenerationRequest request, HeadshotReceiver receiver) {
        generate(key, request, 0, request.count(), receiver);
    }

    /**
     * Generates headshots {@code from} (inclusive) to {@code to} (exclusive) of the job: headshot i of a
     * job key is the same image whichever part it is asked in, so a job can be made in checkpointed parts.
     */
    void generate(JobKey key, GenerationRequest request, int from, int to, HeadshotReceiver receiver);

    /** Cancels the job on every node; true when some node had it. */
    boolean cancel(JobKey key);

    @Override
    void close();
}
