package org.headshots.domain.selfie;

import java.util.List;
import java.util.Optional;
import org.headshots.domain.people.Username;

public interface SelfieRepository {

    Selfie store(Selfie selfie);

    Optional<Selfie> find(long id);

    /** The owner's selfies, newest first. */
    List<Selfie> of(Username owner);

    void remove(Selfie selfie);

    /** The person's selfies uploaded before that moment. */
    List<Selfie> uploadedBefore(Username owner, java.time.OffsetDateTime moment);

    /** Everyone with a selfie uploaded before that moment. */
    List<org.headshots.domain.retention.DataOwner> ownersOfSelfiesBefore(java.time.OffsetDateTime moment);
}
