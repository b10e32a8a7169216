package org.headshots.application.selfie;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** The upload is larger than the configured limit: refused before anything is decoded or stored. */
public class PhotoTooLargeException extends Refusal {

    private static final long serialVersionUID = 1L;

    public PhotoTooLargeException(long bytes, long limit) {
        super(
                RefusalKind.TOO_LARGE,
                "PHOTO_TOO_LARGE",
                String.format(
                        java.util.Locale.ROOT,
                        "The file is %.1f MB; photos of at most %d MB are accepted: send the photo as your camera made it, "
                                + "or a smaller export",
                        bytes / 1e6,
                        limit / 1_000_000));
    }
}
