package org.headshots.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.headshots.application.BiometricDataEraser;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.identity.IdentityProfileRepository;
import org.headshots.domain.people.Username;
import org.headshots.domain.selfie.PhotoStore;

/**
 * When consent is withdrawn, the person's face embeddings and the headshots they did not choose go at once, with
 * their files, as the consent text says; their chosen headshots stay (the selfies go by {@code SelfieEraser}).
 */
@ApplicationScoped
public class FaceDataEraser implements BiometricDataEraser {

    @Inject
    IdentityProfileRepository identities;

    @Inject
    HeadshotRepository headshots;

    @Inject
    PhotoStore store;

    @Inject
    Clock clock;

    @Override
    public void eraseAllOf(Username person) {
        identities.removeAllOf(person);
        for (Headshot headshot :
                headshots.unchosenMadeBefore(person, OffsetDateTime.now(clock).plusDays(1))) {
            headshot.storedKeys().forEach(store::delete);
            headshots.remove(headshot);
        }
    }
}
