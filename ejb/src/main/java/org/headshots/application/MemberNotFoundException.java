package org.headshots.application;

/** No such person in the order (or the order is another organisation's): both answer the same. */
public class MemberNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MemberNotFoundException(long order, String username) {
        super("There is no member '" + username + "' in order " + order);
    }
}
