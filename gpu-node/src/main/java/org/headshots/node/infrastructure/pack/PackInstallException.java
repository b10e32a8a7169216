package org.headshots.node.infrastructure.pack;

/** Installing a pack failed for a reason its message explains to the person who ran the installer. */
public final class PackInstallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PackInstallException(String message) {
        super(message);
    }

    public PackInstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
