package org.headshots.node.application;

/** The node is still loading and warming its models. */
public class NodeNotReadyException extends Exception {

    private static final long serialVersionUID = 1L;

    public NodeNotReadyException() {
        super("the node is still loading its models");
    }

    public NodeNotReadyException(String reason) {
        super(reason);
    }
}
