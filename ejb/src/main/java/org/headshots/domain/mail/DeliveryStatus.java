package org.headshots.domain.mail;

/** Where a mail is: waiting to be sent, accepted by the SMTP server, or refused (with the server's reason). */
public enum DeliveryStatus {
    QUEUED,
    SENT,
    FAILED
}
