package org.headshots.application.mail;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.Seat;

/** What invitation and reminder mails say: who asks, for what, by when, and the one link to follow. */
final class MailTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private MailTexts() {}

    static OutgoingMail invitation(Order order, Seat seat, String link) {
        return new OutgoingMail(
                seat.email(),
                "Your headshot: " + order.name().value() + ", by "
                        + order.deadline().format(DAY),
                "Hello " + seat.displayName() + ",\n\n"
                        + order.createdBy().value() + " has ordered professional headshots for " + order.audienceText()
                        + " (" + order.name().value() + "), and you have a seat.\n\n"
                        + steps(order, link)
                        + "Your photos stay on your company's own servers and are deleted after the retention period;"
                        + " the consent page tells you exactly what is kept and who sees it.\n");
    }

    static OutgoingMail reminder(Order order, Seat seat, String link) {
        return new OutgoingMail(
                seat.email(),
                "Reminder: your headshot for " + order.name().value() + " is due "
                        + order.deadline().format(DAY),
                "Hello " + seat.displayName() + ",\n\n" + "your headshot for "
                        + order.name().value() + " is not finished yet.\n\n" + steps(order, link));
    }

    private static String steps(Order order, String link) {
        return "1. Sign in with your company account: " + link + "\n"
                + "2. Read and accept the consent for your photos.\n"
                + "3. Upload selfies: each is checked at once and you are told what to fix.\n"
                + "4. Choose your favourite of the headshots made for you, by "
                + order.deadline().format(DAY)
                + ".\n\n";
    }
}
