package org.headshots.node.infrastructure.pack;

/** A pack.json that cannot be read or says something impossible; the message names the file and the field. */
public final class PackManifestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PackManifestException(String message) {
        super(message);
    }

    public PackManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
