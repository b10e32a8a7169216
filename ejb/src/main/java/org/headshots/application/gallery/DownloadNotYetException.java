package org.headshots.application.gallery;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** The organisation lets people download their headshots only once the order has closed. */
public class DownloadNotYetException extends Refusal {

    private static final long serialVersionUID = 1L;

    public DownloadNotYetException(String message) {
        super(RefusalKind.CONFLICT, "DOWNLOAD_NOT_YET", message);
    }
}
