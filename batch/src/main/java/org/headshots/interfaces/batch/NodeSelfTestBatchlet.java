package org.headshots.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.headshots.application.NodeSelfTestService;
import org.headshots.application.SelfTestOutcome;

/** The self-test step: its exit status is the readable outcome, kept in the job repository. */
@Named
@Dependent
public class NodeSelfTestBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    NodeSelfTestService selfTest;

    @Override
    public String process() {
        SelfTestOutcome outcome = selfTest.testAllNodes("self-test-" + job.getExecutionId());
        job.setExitStatus(outcome.summary());
        if (!outcome.succeeded()) {
            throw new SelfTestFailedException(outcome.summary());
        }
        return outcome.summary();
    }
}
