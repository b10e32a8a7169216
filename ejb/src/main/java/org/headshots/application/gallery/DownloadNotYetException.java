package org.headshots.application.gallery;

/** The organisation lets people download their headshots only once the order has closed. */
public class DownloadNotYetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DownloadNotYetException(String message) {
        super(message);
    }
}
