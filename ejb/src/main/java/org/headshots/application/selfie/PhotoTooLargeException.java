package org.headshots.application.selfie;

/** The upload is larger than the configured limit: refused before anything is decoded or stored. */
public class PhotoTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PhotoTooLargeException(long bytes, long limit) {
        super(String.format(java.util.Locale.ROOT,
                "The file is %.1f MB; photos of at most %d MB are accepted: send the photo as your camera made it, "
                        + "or a smaller export", bytes / 1e6, limit / 1_000_000));
    }
}
