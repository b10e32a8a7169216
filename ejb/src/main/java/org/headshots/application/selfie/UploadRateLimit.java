package org.headshots.application.selfie;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.headshots.domain.people.Username;

/**
 * Each person's uploads: {@code headshots.selfies.upload-burst} at once (40 by default, twice what a person
 * choosing their photos sends), then {@code headshots.selfies.uploads-per-minute} (20). Counted on this server,
 * in memory: a restart forgets them, which costs a script nothing it could not have had.
 */
@ApplicationScoped
public class UploadRateLimit {

    /** Past this many people counted, those whose buckets are full again are forgotten. */
    private static final int FORGET_ABOVE = 10_000;

    @Inject
    Config config;

    @Inject
    Clock clock;

    private final Map<Username, TokenBucket> buckets = new ConcurrentHashMap<>();
    private int burst;
    private int perMinute;

    @PostConstruct
    void sized() {
        burst = config.getOptionalValue("headshots.selfies.upload-burst", Integer.class)
                .orElse(40);
        perMinute = config.getOptionalValue("headshots.selfies.uploads-per-minute", Integer.class)
                .orElse(20);
    }

    /** @throws TooManyUploadsException when the person has none left, with the time until the next */
    public void take(Username person) {
        TokenBucket bucket = buckets.computeIfAbsent(person, who -> new TokenBucket(burst, perMinute, clock.instant()));
        Optional<Duration> wait;
        synchronized (bucket) {
            wait = bucket.take(clock.instant());
        }
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(other -> other != bucket && full(other));
        }
        if (wait.isPresent()) {
            throw new TooManyUploadsException(burst, perMinute, wait.get());
        }
    }

    private boolean full(TokenBucket bucket) {
        synchronized (bucket) {
            return bucket.fullAt(clock.instant());
        }
    }
}
