package org.headshots.domain.order;

/** A join link that does not work (any more); the message says why and what to do. */
public class JoinLinkClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JoinLinkClosedException(String message) {
        super(message);
    }
}
