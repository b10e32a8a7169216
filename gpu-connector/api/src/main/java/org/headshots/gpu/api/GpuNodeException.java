package org.headshots.gpu.api;

/** A node could not do what was asked; the message names the node and says why, for people to read. */
public class GpuNodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String node;
    private final String reason;

    public GpuNodeException(NodeAddress node, String reason) {
        this(node, reason, null);
    }

    public GpuNodeException(NodeAddress node, String reason, Throwable cause) {
        super((node == null ? "GPU nodes" : "GPU node " + node) + ": " + reason, cause);
        this.node = node == null ? null : node.toString();
        this.reason = reason;
    }

    /** Why, without the node's name: for people who need not know which node it was. */
    public String reason() {
        return reason;
    }

    /** host:port of the node, or null when no node could be chosen at all. */
    public String node() {
        return node;
    }
}
