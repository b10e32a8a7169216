package org.headshots.domain.mail;

/** Why a person is mailed: invited to an order's seat, or reminded of what is left to do. */
public enum MailKind {
    INVITATION,
    REMINDER
}
