package org.headshots.node.application;

/** The caller went away (cancelled, or its deadline passed) before its job could start. */
public class JobCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    public JobCancelledException() {
        super("the caller cancelled the job before it started");
    }
}
