package org.headshots.application.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.selfie.PhotoStore;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.SelfieRepository;

/** Erases a selfie or a headshot with every file of it in the photo store, then its row. */
@ApplicationScoped
public class PhotoEraser {

    @Inject
    SelfieRepository selfies;

    @Inject
    HeadshotRepository headshots;

    @Inject
    PhotoStore store;

    public void erase(Selfie selfie) {
        selfie.storedKeys().forEach(store::delete);
        selfies.remove(selfie);
    }

    public void erase(Headshot headshot) {
        headshot.storedKeys().forEach(store::delete);
        headshots.remove(headshot);
    }
}
