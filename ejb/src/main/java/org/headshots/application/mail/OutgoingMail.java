package org.headshots.application.mail;

import java.util.Objects;

/** A plain-text mail to one person. */
public record OutgoingMail(String to, String subject, String text) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
