package org.headshots.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.headshots.application.BiometricDataEraser;
import org.headshots.application.erasure.PhotoEraser;
import org.headshots.domain.headshot.Favourite;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.identity.IdentityProfileRepository;
import org.headshots.domain.people.Username;

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
    PhotoEraser photos;

    @Override
    public void eraseAllOf(Username person) {
        identities.removeAllOf(person);
        Set<Long> chosen = headshots.favouritesOf(person).stream()
                .map(Favourite::headshotId)
                .collect(Collectors.toSet());
        for (Headshot headshot : headshots.ranked(person)) {
            if (!chosen.contains(headshot.id())) {
                photos.erase(headshot);
            }
        }
    }
}
