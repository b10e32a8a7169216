package org.headshots.application.roster;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.headshots.application.gallery.Thumbnail;
import org.headshots.domain.order.MemberState;

/**
 * One member's row in the roster: who, where they are, and their favourite as a small picture with a link to the
 * full image.
 */
public record RosterEntry(
        String name,
        String email,
        String title,
        String department,
        MemberState state,
        int acceptedSelfies,
        Optional<Thumbnail> favourite,
        Optional<String> imageLink,
        OffsetDateTime stateSince,
        Optional<OffsetDateTime> favouriteChosenAt) {}
