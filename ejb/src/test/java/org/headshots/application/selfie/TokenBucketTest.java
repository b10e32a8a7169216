package org.headshots.application.selfie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void aPersonSendsTheBurstAtOnceAndThenWaitsForTheSteadyRate() {
        TokenBucket bucket = new TokenBucket(40, 20, NOW);

        for (int i = 0; i < 40; i++) {
            assertEquals(Optional.empty(), bucket.take(NOW), "upload " + (i + 1));
        }
        assertEquals(Optional.of(Duration.ofSeconds(3)), bucket.take(NOW), "20 a minute: one every 3 seconds");
        assertEquals(Optional.of(Duration.ofSeconds(1)), bucket.take(NOW.plusSeconds(2)));
        assertEquals(Optional.empty(), bucket.take(NOW.plusSeconds(3)));
        assertTrue(bucket.take(NOW.plusSeconds(3)).isPresent());
    }

    @Test
    void itFillsUpToItsSizeAndNoMore() {
        TokenBucket bucket = new TokenBucket(2, 60, NOW);
        bucket.take(NOW);
        bucket.take(NOW);
        assertFalse(bucket.fullAt(NOW.plusMillis(1500)));
        assertTrue(bucket.fullAt(NOW.plusSeconds(2)));

        Instant hourLater = NOW.plusSeconds(3600);
        assertEquals(Optional.empty(), bucket.take(hourLater));
        assertEquals(Optional.empty(), bucket.take(hourLater));
        assertTrue(bucket.take(hourLater).isPresent(), "an hour away fills it to its size, not to 60");
    }

    @Test
    void aClockGoingBackwardsGivesNothing() {
        TokenBucket bucket = new TokenBucket(1, 1, NOW);
        bucket.take(NOW);

        assertTrue(bucket.take(NOW.minusSeconds(120)).isPresent());
    }
}
