package org.headshots.node.application;

import org.headshots.node.domain.NodeRefusal;

/** The bytes sent as a photo cannot be used: not an image this node reads, damaged, or too large. For people. */
public class UnreadablePhotoException extends NodeRefusal {

    private static final long serialVersionUID = 1L;

    public UnreadablePhotoException(String message) {
        super(Kind.INVALID, message);
    }

    public UnreadablePhotoException(String message, Throwable cause) {
        super(Kind.INVALID, message, cause);
    }
}
