package org.headshots.application.retention;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.Base64;
import org.headshots.application.RetentionSettings;
import org.headshots.application.erasure.ErasureOnH2;
import org.headshots.infrastructure.persistence.H2Repositories;
import org.headshots.infrastructure.storage.EncryptedPhotoStore;

/** A retention sweep on the migrated H2 and a real encrypted photo store in a folder, 30 days by default. */
final class SweepOnH2 {

    private SweepOnH2() {}

    /** An encrypted store in the folder, under a key of zeros. */
    static EncryptedPhotoStore store(Path folder) {
        return EncryptedPhotoStore.at(folder, Base64.getEncoder().encodeToString(new byte[32]));
    }

    static RetentionSweep sweep(EntityManager em, EncryptedPhotoStore store) {
        RetentionSweep sweep = new RetentionSweep();
        sweep.selfies = H2Repositories.selfies(em);
        sweep.headshots = H2Repositories.headshots(em);
        sweep.identities = H2Repositories.identities(em);
        sweep.orders = H2Repositories.orders(em);
        sweep.settings = H2Repositories.settings(em);
        sweep.audit = H2Repositories.audit(em);
        sweep.tallies = H2Repositories.tallies(em);
        sweep.installation = new RetentionSettings(30);
        sweep.photos = ErasureOnH2.photos(em, store);
        return sweep;
    }
}
