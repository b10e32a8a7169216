package org.headshots.node.application;

import org.headshots.node.domain.NodeRefusal;

/** The node is still loading and warming its models. */
public class NodeNotReadyException extends NodeRefusal {

    private static final long serialVersionUID = 1L;

    public NodeNotReadyException() {
        super(Kind.UNAVAILABLE, "the node is still loading its models");
    }

    public NodeNotReadyException(String reason) {
        super(Kind.UNAVAILABLE, reason);
    }
}
