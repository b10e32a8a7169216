package org.headshots.node.application;

/** The inference runtime could not run a model. The message is meant for people. */
public class InferenceException extends Exception {

    private static final long serialVersionUID = 1L;

    public InferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
