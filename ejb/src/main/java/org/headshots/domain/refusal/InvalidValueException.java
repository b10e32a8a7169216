package org.headshots.domain.refusal;

/** A value sent by the caller that breaks a rule of the domain; the message names the rule. */
public class InvalidValueException extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(RefusalKind.INVALID, "INVALID_REQUEST", message);
    }
}
