package org.headshots.application.retention;

import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.retention.DataOwner;
import org.headshots.domain.retention.ErasedData;
import org.headshots.domain.selfie.Selfie;
import org.headshots.infrastructure.persistence.H2Repositories;
import org.headshots.infrastructure.storage.EncryptedPhotoStore;

/**
 * The retention sweep's time for N expired selfies (200 KB photo and 20 KB thumbnail files each, encrypted), 10
 * a person, people with no order: the service as the job's chunks call it, 20 people a transaction, on the
 * migrated H2 and a photo store in a temporary folder. Not part of the build; see BENCHMARKS.md.
 */
public final class RetentionSweepBenchmark {

    private RetentionSweepBenchmark() {}

    public static void main(String[] args) throws Exception {
        int selfies = Integer.parseInt(args[0]);
        OffsetDateTime uploaded = OffsetDateTime.of(2027, 1, 4, 9, 0, 0, 0, ZoneOffset.UTC);
        Path data = Files.createTempDirectory("retention-benchmark");
        EncryptedPhotoStore store = SweepOnH2.store(data);
        EntityManager em = H2Repositories.onEmptyTables();
        RetentionSweep sweep = SweepOnH2.sweep(em, store);
        sweep.clock = Clock.fixed(uploaded.plusDays(31).toInstant(), ZoneOffset.UTC);

        Organisation acme = new Organisation("headshots.example");
        byte[] photo = new byte[200_000];
        byte[] thumbnail = new byte[20_000];
        long seeding = System.nanoTime();
        em.getTransaction().begin();
        for (int i = 0; i < selfies; i++) {
            Username person = new Username(String.format("person%05d", i / 10));
            sweep.selfies.store(new Selfie(
                    person,
                    acme,
                    uploaded,
                    List.of(),
                    "{}",
                    i,
                    "sealed",
                    1200,
                    1600,
                    store.put(photo),
                    store.put(thumbnail)));
            if (i % 500 == 499) {
                em.getTransaction().commit();
                em.clear();
                em.getTransaction().begin();
            }
        }
        em.getTransaction().commit();
        em.clear();
        System.out.printf("%d selfies seeded in %.1f s%n", selfies, (System.nanoTime() - seeding) / 1e9);

        long started = System.nanoTime();
        List<DataOwner> owners = sweep.candidates();
        ErasedData erased = ErasedData.NONE;
        for (int from = 0; from < owners.size(); from += 20) {
            em.getTransaction().begin();
            for (DataOwner owner : owners.subList(from, Math.min(owners.size(), from + 20))) {
                erased = erased.plus(sweep.eraseAndCount(owner, 1));
            }
            em.getTransaction().commit();
            em.clear();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try (var left = Files.walk(data.resolve("photos"))) {
            System.out.printf(
                    "erased %s in %.1f s (%.2f ms a selfie); files left: %d%n",
                    erased,
                    seconds,
                    seconds * 1000 / selfies,
                    left.filter(Files::isRegularFile).count());
        }
        em.close();
        try (var everything = Files.walk(data)) {
            for (Path path :
                    everything.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
