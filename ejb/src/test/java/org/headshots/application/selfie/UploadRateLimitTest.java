package org.headshots.application.selfie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.RefusalKind;
import org.junit.jupiter.api.Test;

class UploadRateLimitTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final Username FRANK = new Username("frank");

    private static UploadRateLimit limit(Optional<Integer> burst, Optional<Integer> perMinute) {
        UploadRateLimit limit = new UploadRateLimit();
        limit.config = mock(Config.class);
        when(limit.config.getOptionalValue(eq("headshots.selfies.upload-burst"), eq(Integer.class)))
                .thenReturn(burst);
        when(limit.config.getOptionalValue(eq("headshots.selfies.uploads-per-minute"), eq(Integer.class)))
                .thenReturn(perMinute);
        limit.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        limit.sized();
        return limit;
    }

    @Test
    void aPersonUploadingTwentyPhotosTwiceOverIsNeverStopped() {
        UploadRateLimit limit = limit(Optional.empty(), Optional.empty());

        for (int i = 0; i < 40; i++) {
            limit.take(FRANK);
        }
    }

    @Test
    void aScriptIsToldWhenToTryAgainAndOthersAreNotHeldUp() {
        UploadRateLimit limit = limit(Optional.of(3), Optional.of(6));
        for (int i = 0; i < 3; i++) {
            limit.take(FRANK);
        }

        TooManyUploadsException refused = assertThrows(TooManyUploadsException.class, () -> limit.take(FRANK));

        assertEquals(RefusalKind.TOO_MANY, refused.kind());
        assertEquals(10, refused.retryAfterSeconds());
        assertTrue(refused.getMessage().contains("10 seconds"), refused.getMessage());
        limit.take(new Username("erin"));
    }
}
