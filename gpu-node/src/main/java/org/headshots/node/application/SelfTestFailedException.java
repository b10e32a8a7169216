package org.headshots.node.application;

import org.headshots.node.domain.NodeRefusal;
import org.headshots.node.domain.SelfTestOutcome;

/** The self-test ran but its output was not close enough to the reference. */
public class SelfTestFailedException extends NodeRefusal {

    private static final long serialVersionUID = 1L;

    private final transient SelfTestOutcome outcome;

    public SelfTestFailedException(SelfTestOutcome outcome) {
        super(Kind.IMPOSSIBLE, outcome.failureDescription());
        this.outcome = outcome;
    }

    public SelfTestOutcome outcome() {
        return outcome;
    }
}
