package org.headshots.application.photos;

import java.util.Objects;
import org.headshots.domain.people.Username;

/** One person's favourite in a team download: where they are, who they are, and which headshot. */
public record TeamPhotoEntry(String department, String displayName, Username username, long headshotId) {

    /** The department is "" for a person in none. */
    public TeamPhotoEntry {
        department = department == null ? "" : department;
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(username, "username");
        if (headshotId <= 0) {
            throw new IllegalArgumentException("A favourite is a stored headshot, not " + headshotId);
        }
    }
}
