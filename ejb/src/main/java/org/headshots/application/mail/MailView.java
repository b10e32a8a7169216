package org.headshots.application.mail;

import java.time.OffsetDateTime;
import org.headshots.domain.mail.MailDelivery;

/** One invitation or reminder as the admin sees it: to whom, and what the mail server said. */
public record MailView(
        long id,
        String person,
        String recipient,
        String kind,
        Integer daysBefore,
        String status,
        int attempts,
        String reason,
        OffsetDateTime queuedAt,
        OffsetDateTime sentAt,
        String requestedBy) {

    public static MailView of(MailDelivery delivery) {
        return new MailView(
                delivery.id(),
                delivery.person().value(),
                delivery.recipient(),
                delivery.kind().name(),
                delivery.daysBefore().orElse(null),
                delivery.status().name(),
                delivery.attempts(),
                delivery.reason().orElse(null),
                delivery.queuedAt(),
                delivery.sentAt().orElse(null),
                delivery.requestedBy().value());
    }
}
