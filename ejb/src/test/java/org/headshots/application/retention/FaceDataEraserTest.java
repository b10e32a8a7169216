package org.headshots.application.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.headshots.application.erasure.ErasureOnH2;
import org.headshots.domain.headshot.Favourite;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.identity.IdentityProfile;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.infrastructure.persistence.H2Repositories;
import org.headshots.infrastructure.storage.EncryptedPhotoStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Withdrawing consent erases the face embeddings and unchosen headshots at once, files too; favourites stay. */
class FaceDataEraserTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Organisation ACME = new Organisation("headshots.example");
    private static final Username ERIN = new Username("erin");
    private static final Username FRANK = new Username("frank");

    @TempDir
    Path data;

    private final EntityManager em = H2Repositories.onEmptyTables();

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theEmbeddingsAndUnchosenHeadshotsGoTheFavouriteAndOtherPeoplesStay() {
        EncryptedPhotoStore store = SweepOnH2.store(data);
        FaceDataEraser eraser = new FaceDataEraser();
        eraser.identities = H2Repositories.identities(em);
        eraser.headshots = H2Repositories.headshots(em);
        eraser.photos = ErasureOnH2.photos(em, store);
        Headshot chosen = headshot(ERIN, 0, store);
        Headshot other = headshot(ERIN, 1, store);
        Headshot franks = headshot(FRANK, 0, store);
        Order order = new Order(
                ACME,
                new OrderName("Sales 2027"),
                new Department("Sales"),
                NOW.toLocalDate().plusDays(20),
                List.of(new Employee(ERIN, "erin@headshots.example", null)),
                new Username("olivia"),
                NOW);
        inTransaction(() -> em.persist(order));
        inTransaction(() -> {
            eraser.identities.replace(profile(ERIN));
            eraser.identities.replace(profile(FRANK));
            eraser.headshots.store(chosen);
            eraser.headshots.store(other);
            eraser.headshots.store(franks);
            eraser.headshots.store(new Favourite(chosen, order.id(), NOW));
        });

        inTransaction(() -> eraser.eraseAllOf(ERIN));
        inTransaction(() -> eraser.eraseAllOf(ERIN));

        assertTrue(eraser.identities.of(ERIN).isEmpty());
        assertTrue(eraser.identities.of(FRANK).isPresent());
        assertEquals(
                List.of(chosen.id()),
                eraser.headshots.ranked(ERIN).stream().map(Headshot::id).toList());
        assertThrows(UncheckedIOException.class, () -> store.get(other.photoKey()));
        assertEquals(3, store.get(chosen.photoKey()).length);
        assertEquals(1, eraser.headshots.ranked(FRANK).size());
    }

    private static IdentityProfile profile(Username owner) {
        return new IdentityProfile(ACME, owner, NOW.minusDays(1), "sealed", List.of(1L), List.of(), List.of(1L), "n");
    }

    private static Headshot headshot(Username owner, int index, EncryptedPhotoStore store) {
        return new Headshot(
                ACME,
                owner,
                1,
                "studio-grey",
                index,
                800,
                1000,
                store.put(new byte[] {1, 2, 3}),
                0.9f,
                0.5f,
                NOW.minusDays(1));
    }

    private void inTransaction(Runnable work) {
        em.getTransaction().begin();
        try {
            work.run();
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }
}
