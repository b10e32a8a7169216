package org.headshots.node.application;

import org.headshots.node.domain.NodeRefusal;

/** The job was cancelled, or its caller went away (cancelled, or its deadline passed), so it stopped. */
public class JobCancelledException extends NodeRefusal {

    private static final long serialVersionUID = 1L;

    public JobCancelledException() {
        super(Kind.CANCELLED, "the job was cancelled, or its caller went away");
    }
}
