package org.headshots.domain.selfie;

import java.util.Objects;

/** One reason a selfie was rejected, with the message the employee reads. */
public record Reason(ReasonCode code, String message) {

    public Reason {
        Objects.requireNonNull(code, "code");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("A reason needs a message");
        }
    }

    public static Reason of(ReasonCode code) {
        return new Reason(code, code.advice());
    }
}
