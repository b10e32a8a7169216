package org.headshots.application.join;

/** No such join link of the order (or of the caller's organisation: we do not say which). */
public class JoinLinkNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JoinLinkNotFoundException(long id) {
        super("There is no join link " + id + " of this order");
    }
}
