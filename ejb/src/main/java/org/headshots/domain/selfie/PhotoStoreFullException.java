package org.headshots.domain.selfie;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** The disk that keeps the photos has no room for another: nothing was written, and nothing is lost. */
public class PhotoStoreFullException extends Refusal {

    private static final long serialVersionUID = 1L;

    public PhotoStoreFullException(Throwable cause) {
        super(
                RefusalKind.UNAVAILABLE,
                "PHOTO_STORE_FULL",
                "The server's photo storage is full, so nothing was saved. Your IT department has been told;"
                        + " send the photo again once they have made room.",
                cause);
    }
}
