package org.headshots.node.application;

/** The node is shutting down and takes no more jobs. */
public class NodeShuttingDownException extends Exception {

    private static final long serialVersionUID = 1L;

    public NodeShuttingDownException() {
        super("the node is shutting down");
    }
}
