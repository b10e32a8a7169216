package org.headshots.interfaces.batch;

import jakarta.ejb.EJBException;
import org.headshots.application.identity.NotEnoughSelfiesException;
import org.headshots.application.run.RunService;

/** The reason a step failed, in words for the person and their admin. */
final class RunFailure {

    private RunFailure() {}

    /** Ends the run as failed, with the reason; a run whose selfies were deleted may be replaced at once. */
    static void report(RunService runs, long runId, Throwable failure) {
        if (cause(failure) instanceof NotEnoughSelfiesException) {
            runs.selfiesGone(runId, reason(failure));
        } else {
            runs.failed(runId, reason(failure));
        }
    }

    private static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static String reason(Throwable failure) {
        Throwable cause = cause(failure);
        String message = cause.getMessage();
        return message == null || message.isBlank()
                ? "The job failed (" + cause.getClass().getSimpleName() + ")"
                : message;
    }
}
