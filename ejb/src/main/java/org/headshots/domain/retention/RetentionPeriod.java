package org.headshots.domain.retention;

import java.time.Duration;
import org.headshots.domain.refusal.InvalidValueException;

/** How long selfies, face embeddings and unchosen headshots are kept before they are deleted. */
public record RetentionPeriod(int days) {

    public static final int MAX_DAYS = 3650;

    public RetentionPeriod {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidValueException("A retention period is 1 to " + MAX_DAYS + " days, not " + days);
        }
    }

    public Duration duration() {
        return Duration.ofDays(days);
    }

    @Override
    public String toString() {
        return days == 1 ? "1 day" : days + " days";
    }
}
