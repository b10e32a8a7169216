package org.headshots.application.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.mail.MailDelivery;
import org.headshots.domain.mail.MailDeliveryRepository;
import org.headshots.domain.mail.MailKind;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.OrderStatus;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Username;

/**
 * Invitations and reminders: queued with the change that asks for them (so none is lost to a restart), then
 * handed to the SMTP server one by one, each recorded as sent or failed with the server's reason.
 */
@Stateless
public class SeatMails {

    private static final Logger LOG = Logger.getLogger(SeatMails.class.getName());
    private static final Username SCHEDULE = new Username("reminder-schedule");

    @Inject
    MailDeliveryRepository deliveries;

    @Inject
    OrderRepository orders;

    @Inject
    HeadshotRepository headshots;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "headshots.base-url")
    String baseUrl;

    /** Where a person of the order lands, after signing in, on their seat. */
    public String seatLink(org.headshots.domain.order.OrderId order) {
        return baseUrl.replaceAll("/+$", "") + "/employee/home.xhtml?order=" + order.value();
    }

    /** An invitation to every seat of an order that has just opened. */
    public int invite(Order order, Username by) {
        order.seats().forEach(seat -> queue(order, seat, MailKind.INVITATION, null, by));
        return order.seatCount();
    }

    /** An invitation to one seat that has just been added to an open order. */
    public void invite(Order order, Seat seat, Username by) {
        queue(order, seat, MailKind.INVITATION, null, by);
    }

    /** Reminds the given people of the order, or, for none given, everyone who has not chosen a favourite. */
    public int remind(Order order, List<Username> people, Username by) {
        List<Seat> seats = people.isEmpty()
                ? unfinished(order)
                : order.seats().stream()
                        .filter(seat -> people.contains(seat.username()))
                        .toList();
        seats.forEach(seat -> queue(order, seat, MailKind.REMINDER, null, by));
        return seats.size();
    }

    /** Queues the reminders that open orders' schedules say are due today, once per order and day. */
    public int remindWhereDue() {
        LocalDate today = OffsetDateTime.now(clock).toLocalDate();
        int queued = 0;
        for (Order order : orders.withStatus(OrderStatus.OPEN)) {
            Optional<Integer> due = order.reminders().dueOn(today, order.deadline());
            if (due.isPresent() && !deliveries.remindedDaysBefore(order.id(), due.get())) {
                for (Seat seat : unfinished(order)) {
                    queue(order, seat, MailKind.REMINDER, due.get(), SCHEDULE);
                    queued++;
                }
            }
        }
        return queued;
    }

    /** The ids of the mails waiting to be sent, oldest first. */
    public List<Long> waiting(int limit) {
        return deliveries.queued(limit).stream().map(MailDelivery::id).toList();
    }

    /** Hands one queued mail to the SMTP server and records what it said, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long id) {
        MailDelivery delivery = deliveries.find(id).orElse(null);
        if (delivery == null || delivery.status() != org.headshots.domain.mail.DeliveryStatus.QUEUED) {
            return;
        }
        Order order = orders.find(delivery.order()).orElse(null);
        Seat seat = order == null
                ? null
                : order.seats().stream()
                        .filter(candidate -> candidate.username().equals(delivery.person()))
                        .findFirst()
                        .orElse(null);
        if (seat == null) {
            delivery.refused("the seat is no longer in the order", true);
            return;
        }
        String link = seatLink(order.id());
        OutgoingMail mail = delivery.kind() == MailKind.INVITATION
                ? MailTexts.invitation(order, seat, link)
                : MailTexts.reminder(order, seat, link);
        try {
            mailer.send(new OutgoingMail(delivery.recipient(), mail.subject(), mail.text()));
            delivery.sent(OffsetDateTime.now(clock));
        } catch (MailRefusedException e) {
            delivery.refused(e.getMessage(), e.permanent());
            LOG.warning(() -> "Mail " + id + " (" + delivery.kind() + " of order "
                    + order.id().value() + ") not sent: " + e.getMessage());
        }
    }

    /** The seats of people who have not chosen a favourite yet. */
    private List<Seat> unfinished(Order order) {
        return order.seats().stream()
                .filter(seat ->
                        headshots.favouriteOf(seat.username(), order.id()).isEmpty())
                .toList();
    }

    private void queue(Order order, Seat seat, MailKind kind, Integer daysBefore, Username by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        deliveries.store(new MailDelivery(
                order.organisation(), order.id(), seat.username(), seat.email(), kind, daysBefore, by, now));
        audit.record(AuditEvent.by(
                by,
                kind == MailKind.INVITATION ? AuditAction.INVITATION_QUEUED : AuditAction.REMINDER_QUEUED,
                "seat:" + order.id().value() + "/" + seat.username().value(),
                daysBefore == null ? "" : daysBefore + " days before the deadline",
                order.organisation(),
                now));
    }
}
