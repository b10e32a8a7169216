package org.headshots.application.selfie;

import java.time.Duration;
import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** A person sent more photos in a short time than any person uploading by hand does. */
public class TooManyUploadsException extends Refusal {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyUploadsException(int burst, int perMinute, Duration retryAfter) {
        super(
                RefusalKind.TOO_MANY,
                "TOO_MANY_UPLOADS",
                "You sent more than " + burst + " photos in a short time; after that " + perMinute
                        + " a minute are checked. Try this one again in " + seconds(retryAfter) + " seconds.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the next upload is taken, at least one. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
