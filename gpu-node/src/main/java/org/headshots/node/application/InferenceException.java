package org.headshots.node.application;

import org.headshots.node.domain.NodeRefusal;

/** The inference runtime could not run a model. The message is meant for people. */
public class InferenceException extends NodeRefusal {

    private static final long serialVersionUID = 1L;

    public InferenceException(String message, Throwable cause) {
        super(Kind.FAILED, message, cause);
    }
}
