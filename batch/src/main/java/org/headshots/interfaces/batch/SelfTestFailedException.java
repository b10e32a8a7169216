package org.headshots.interfaces.batch;

/** Ends the self-test job FAILED; its message is already in the job's exit status. */
public class SelfTestFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SelfTestFailedException(String message) {
        super(message, null, false, false);
    }
}
