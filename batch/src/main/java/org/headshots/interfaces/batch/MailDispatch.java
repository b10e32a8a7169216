package org.headshots.interfaces.batch;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
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
@Interceptors(TimerKeptAlive.class)
@Startup
@DependsOn("headshots-ejb.jar#DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());
    private static final int PER_ROUND = 100;

    private final OneRoundAtATime sending = new OneRoundAtATime("Sending mail", Duration.ofMinutes(2));

    @Inject
    SeatMails mails;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void send() {
        sending.run(this::sendWaiting);
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

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void remindWhereDue() {
        int queued = mails.remindWhereDue();
        if (queued > 0) {
            LOG.info(() -> queued + " scheduled reminders queued");
        }
    }
}
