package org.headshots.interfaces.batch;

import jakarta.ejb.EJBException;

/** The reason a step failed, in words for the person and their admin. */
final class RunFailure {

    private RunFailure() {
    }

    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "The job failed (" + cause.getClass().getSimpleName() + ")" : message;
    }
}
