package org.headshots.application.erasure;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.headshots.domain.selfie.PhotoStore;
import org.headshots.infrastructure.persistence.H2Repositories;

/** The erasure and export services on the migrated H2's real repositories and a real photo store. */
public final class ErasureOnH2 {

    private ErasureOnH2() {}

    public static PhotoEraser photos(EntityManager em, PhotoStore store) {
        PhotoEraser photos = new PhotoEraser();
        photos.selfies = H2Repositories.selfies(em);
        photos.headshots = H2Repositories.headshots(em);
        photos.store = store;
        return photos;
    }

    static PersonalDataErasure erasure(EntityManager em, PhotoStore store, Clock clock) {
        PersonalDataErasure erasure = new PersonalDataErasure();
        erasure.selfies = H2Repositories.selfies(em);
        erasure.headshots = H2Repositories.headshots(em);
        erasure.identities = H2Repositories.identities(em);
        erasure.runs = H2Repositories.runs(em);
        erasure.orders = H2Repositories.orders(em);
        erasure.consents = H2Repositories.consents(em);
        erasure.signIns = H2Repositories.signIns(em);
        erasure.mails = H2Repositories.mails(em);
        erasure.audit = H2Repositories.audit(em);
        erasure.photos = photos(em, store);
        erasure.clock = clock;
        return erasure;
    }

    static PersonalDataExport export(EntityManager em, PhotoStore store, Clock clock) {
        PersonalDataExport export = new PersonalDataExport();
        export.selfies = H2Repositories.selfies(em);
        export.headshots = H2Repositories.headshots(em);
        export.identities = H2Repositories.identities(em);
        export.runs = H2Repositories.runs(em);
        export.orders = H2Repositories.orders(em);
        export.consents = H2Repositories.consents(em);
        export.signIns = H2Repositories.signIns(em);
        export.mails = H2Repositories.mails(em);
        export.audit = H2Repositories.audit(em);
        export.store = store;
        export.clock = clock;
        return export;
    }
}
