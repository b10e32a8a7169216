package org.headshots.node.application;

import org.headshots.node.domain.NodeRefusal;

/** The node is shutting down and takes no more jobs. */
public class NodeShuttingDownException extends NodeRefusal {

    private static final long serialVersionUID = 1L;

    public NodeShuttingDownException() {
        super(Kind.UNAVAILABLE, "the node is shutting down");
    }
}
