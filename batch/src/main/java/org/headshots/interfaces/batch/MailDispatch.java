package org.headshots.interfaces.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.application.mail.SeatMails;

/**
 * Hands the queued invitations and reminders to the SMTP server every few seconds (each in a transaction of
 * its own, so one refused mail holds up no other), and every quarter of an hour queues the reminders that the
 * open orders' schedules say are due. A sending round that outlasts every timeout of the mail server is
 * reported in the log with where it stands.
 */
@Singleton
@Startup
@DependsOn("headshots-ejb.jar#DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());
    private static final int PER_ROUND = 100;

    @Inject
    SeatMails mails;

    @Inject
    ScheduledRounds rounds;

    @PostConstruct
    void schedule() {
        rounds.every("Sending mail", Duration.ofSeconds(5), Duration.ofMinutes(2), this::sendWaiting);
        rounds.every("Queueing due reminders", Duration.ofMinutes(15), Duration.ofMinutes(10), this::remindWhereDue);
    }

    private void sendWaiting() {
        for (long id : mails.waiting(PER_ROUND)) {
            try {
                mails.deliver(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Mail " + id + " could not be handed over; it is tried again", e);
            }
        }
    }

    private void remindWhereDue() {
        int queued = mails.remindWhereDue();
        if (queued > 0) {
            LOG.info(() -> queued + " scheduled reminders queued");
        }
    }
}
