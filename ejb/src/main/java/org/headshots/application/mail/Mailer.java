package org.headshots.application.mail;

/** Hands mails to the SMTP server IT configured. */
public interface Mailer {

    /** @throws MailRefusedException with the server's reason when it did not take the mail */
    void send(OutgoingMail mail) throws MailRefusedException;
}
