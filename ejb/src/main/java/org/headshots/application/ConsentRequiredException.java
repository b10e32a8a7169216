package org.headshots.application;

import org.headshots.domain.people.Username;

/**
 * Refuses work on a person's photos or face data because they have not accepted the current consent text
 * (or have withdrawn it). The caller tells them to read and accept it first.
 */
public class ConsentRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String currentVersion;

    public ConsentRequiredException(Username person, String currentVersion) {
        super(person + " has not accepted the current consent for photos and face data (version "
                + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public String currentVersion() {
        return currentVersion;
    }
}
