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
import org.headshots.application.OrderRef;
import org.headshots.application.OrderService;
import org.headshots.application.SyncResult;
import org.headshots.domain.people.Username;

/**
 * Every ten minutes, keeps each open order in step with its department in the directory: people who joined
 * get a seat and an invitation, people who left are taken out with their photos of the order. Each order in a
 * transaction of its own; an order whose directory cannot be read now is tried at the next round.
 */
@Singleton
@Startup
@DependsOn("headshots-ejb.jar#DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectorySync {

    private static final Logger LOG = Logger.getLogger(DirectorySync.class.getName());
    private static final Username SCHEDULE = new Username("directory-sync");

    @Inject
    OrderService orders;

    @Inject
    ScheduledRounds rounds;

    @PostConstruct
    void schedule() {
        rounds.every(
                "Syncing open orders with the directory",
                Duration.ofMinutes(10),
                Duration.ofMinutes(30),
                this::syncOpenOrders);
    }

    private void syncOpenOrders() {
        for (OrderRef order : orders.openOrders()) {
            try {
                SyncResult result = orders.sync(order.organisation(), order.id(), SCHEDULE);
                if (!result.joined().isEmpty() || !result.left().isEmpty()) {
                    LOG.info(() -> "Order " + order.id() + " of " + order.organisation() + ": joined " + result.joined()
                            + ", left " + result.left());
                }
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Order " + order.id() + " of " + order.organisation()
                                + " could not be synced with the directory now; tried again in ten minutes",
                        e);
            }
        }
    }
}
