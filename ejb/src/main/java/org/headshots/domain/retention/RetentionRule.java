package org.headshots.domain.retention;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Objects;
import org.headshots.domain.order.Order;

/**
 * What the consent text promises about keeping a person's selfies, face embeddings and unchosen headshots: they
 * go once the retention period has passed, counted from the end of the person's last order (its closing, or its
 * deadline when it was left open), or from when they were made for someone with no order. Nothing goes while one
 * of the person's orders still runs.
 */
public record RetentionRule(RetentionPeriod period, OffsetDateTime now) {

    public RetentionRule {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(now, "now");
    }

    /** What was made before this moment is old enough to go. */
    public OffsetDateTime cutoff() {
        return now.minus(period.duration());
    }

    /** Whether the person's old data may go, given every order they have a seat in. */
    public boolean appliesTo(Collection<Order> ordersOfThePerson) {
        for (Order order : ordersOfThePerson) {
            if (order.isOpen(now)) {
                return false;
            }
            if (order.finishedAt(now).filter(end -> !end.isBefore(cutoff())).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** Whether something made at that moment is old enough to go (once {@link #appliesTo} the person). */
    public boolean expired(OffsetDateTime madeAt) {
        return madeAt.isBefore(cutoff());
    }
}
