package org.headshots.application.profile;

/** A template the organisation cannot use as it stands, with what to change. */
public class ProfileTemplateRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProfileTemplateRefusedException(String message) {
        super(message);
    }
}
