package org.headshots.node.application;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

/** How every job runs: shown to operators while it runs, its device work queued through the gate. */
public final class JobRunner {

    private final JobGate gate;
    private final ActiveJobs active;

    public JobRunner(JobGate gate, ActiveJobs active) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.active = Objects.requireNonNull(active, "active");
    }

    /**
     * Starts a job of {@code total} steps; close it when the job ends.
     *
     * @param stop polled while its steps wait for the gate; true makes them leave the queue
     */
    public Running start(String jobKey, String kind, int total, BooleanSupplier stop) {
        return new Running(active.start(jobKey, kind, total), stop);
    }

    /** A job under way. */
    public final class Running implements AutoCloseable {

        private final ActiveJobs.Tracked tracked;
        private final BooleanSupplier stop;

        private Running(ActiveJobs.Tracked tracked, BooleanSupplier stop) {
            this.tracked = tracked;
            this.stop = stop;
        }

        /**
         * Runs one step on the device once the gate lets it.
         *
         * @throws JobCancelledException when the job stopped before the step started
         * @throws NodeShuttingDownException when the node closed the gate before the step started
         */
        public <T> T gated(Callable<T> step) throws Exception {
            return gate.run(step, stop);
        }

        /** How many of its steps are done, for operators. */
        public void done(int count) {
            tracked.done(count);
        }

        @Override
        public void close() {
            tracked.close();
        }
    }
}
