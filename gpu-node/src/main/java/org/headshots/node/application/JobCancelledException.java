package org.headshots.node.application;

/** The job was cancelled, or its caller went away (cancelled, or its deadline passed), so it stopped. */
public class JobCancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    public JobCancelledException() {
        super("the job was cancelled, or its caller went away");
    }
}
