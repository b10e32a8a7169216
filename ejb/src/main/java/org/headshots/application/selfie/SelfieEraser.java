package org.headshots.application.selfie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.headshots.application.BiometricDataEraser;
import org.headshots.domain.people.Username;

/** When consent is withdrawn, every selfie of the person goes: files, thumbnails, embeddings. */
@ApplicationScoped
public class SelfieEraser implements BiometricDataEraser {

    @Inject
    SelfieService selfies;

    @Override
    public void eraseAllOf(Username person) {
        selfies.deleteAll(person, "consent withdrawn");
    }
}
