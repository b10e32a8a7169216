package org.headshots.domain.identity;

import java.util.Optional;
import org.headshots.domain.people.Username;

public interface IdentityProfileRepository {

    /** Keeps the profile as the person's current one, replacing any earlier. */
    IdentityProfile replace(IdentityProfile profile);

    Optional<IdentityProfile> of(Username owner);

    void removeAllOf(Username owner);

    /** Everyone whose identity profile was built before that moment. */
    java.util.List<org.headshots.domain.retention.DataOwner> ownersBuiltBefore(java.time.OffsetDateTime moment);
}
