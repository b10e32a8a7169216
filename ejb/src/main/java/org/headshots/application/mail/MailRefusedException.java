package org.headshots.application.mail;

/** The SMTP server did not take a mail; permanent when trying again cannot help (an unknown address, say). */
public class MailRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailRefusedException(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
