package org.headshots.application.retention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.headshot.Favourite;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.identity.IdentityProfile;
import org.headshots.domain.order.Audience;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.retention.DataOwner;
import org.headshots.domain.retention.ErasedData;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.StoredPhoto;
import org.headshots.infrastructure.persistence.H2Repositories;
import org.headshots.infrastructure.storage.EncryptedPhotoStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention sweep on the migrated H2 and a real encrypted photo store, with the clock set to the days it is
 * about: Erin's order closed on day 10 keeps her data until day 40 (30 days); Frank, with no order, loses what
 * he uploaded more than 30 days ago; favourites stay.
 */
class RetentionSweepTest {

    private static final OffsetDateTime DAY_0 = OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Organisation ACME = new Organisation("headshots.example");
    private static final Username ERIN = new Username("erin");
    private static final Username FRANK = new Username("frank");

    @TempDir
    Path data;

    private EntityManager em;
    private EncryptedPhotoStore store;
    private RetentionSweep sweep;

    private StoredPhoto erinsSelfie;
    private Headshot erinsFavourite;
    private Headshot erinsOther;
    private StoredPhoto franksOldSelfie;
    private StoredPhoto franksNewSelfie;

    @BeforeEach
    void erinAndFrank() {
        em = H2Repositories.onEmptyTables();
        store = SweepOnH2.store(data);
        sweep = SweepOnH2.sweep(em, store);

        Order order = new Order(
                ACME,
                new OrderName("Sales 2027"),
                Audience.of(new Department("Sales")),
                LocalDate.of(2027, 3, 20),
                HeadshotPlan.standard(),
                List.of(new Employee(ERIN, "erin@headshots.example", null)),
                new Username("olivia"),
                DAY_0,
                false);
        order.close(DAY_0.plusDays(10));
        inTransaction(() -> {
            em.persist(order);
            return null;
        });
        erinsSelfie = selfie(ERIN, DAY_0);
        inTransaction(() -> sweep.identities.replace(new IdentityProfile(
                ACME, ERIN, DAY_0.plusHours(1), "sealed", List.of(1L), List.of(), List.of(1L), "n")));
        erinsFavourite = headshot(0);
        erinsOther = headshot(1);
        inTransaction(() -> {
            sweep.headshots.store(new Favourite(erinsFavourite, order.id(), DAY_0.plusDays(3)));
            return null;
        });
        franksOldSelfie = selfie(FRANK, DAY_0);
        franksNewSelfie = selfie(FRANK, DAY_0.plusDays(20));
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void nothingOfAPersonGoesUntilThePeriodHasPassedSinceTheirOrderClosed() {
        ErasedData erased = sweepOn(DAY_0.plusDays(39));

        assertEquals(new ErasedData(1, 1, 0, 0), erased, "Frank's first selfie only");
        assertTrue(readable(erinsSelfie.key()));
        assertTrue(readable(erinsOther.photoKey()));
        assertTrue(sweep.identities.of(ERIN).isPresent());
        assertFalse(readable(franksOldSelfie.key()));
        assertTrue(readable(franksNewSelfie.key()));
        assertEquals(1, sweep.selfies.of(FRANK).size());
    }

    @Test
    void afterThePeriodTheSelfiesEmbeddingsAndUnchosenHeadshotsGoWithTheirFilesAndTheFavouriteStays() {
        ErasedData erased = sweepOn(DAY_0.plusDays(41));

        assertEquals(new ErasedData(2, 2, 1, 1), erased);
        assertTrue(sweep.selfies.of(ERIN).isEmpty());
        assertFalse(readable(erinsSelfie.key()));
        assertTrue(sweep.identities.of(ERIN).isEmpty());
        assertTrue(sweep.headshots.find(erinsOther.id()).isEmpty());
        assertFalse(readable(erinsOther.photoKey()));
        assertTrue(sweep.headshots.find(erinsFavourite.id()).isPresent());
        assertTrue(readable(erinsFavourite.photoKey()));

        List<AuditEvent> events = sweep.audit.about("retention");
        assertEquals(2, events.size());
        for (AuditEvent event : events) {
            assertEquals(AuditAction.RETENTION_ERASED.name(), event.action());
            String said = event.actor() + " " + event.subject() + " " + event.detail();
            assertFalse(said.contains("erin") || said.contains("frank"), said);
            assertTrue(said.contains("kept 30 days"), said);
        }
        assertEquals(ErasedData.NONE, sweepOn(DAY_0.plusDays(42)), "a second sweep finds nothing more");
        assertEquals(
                List.of(new ErasedData(2, 2, 1, 1)),
                sweep.recentTallies(5).stream()
                        .map(org.headshots.domain.retention.RetentionTally::erased)
                        .toList(),
                "one tally for the organisation, of the sweep that erased something");
    }

    @Test
    void anOrganisationsShorterPeriodApplies() {
        inTransaction(() -> sweep.settings.store(settingsWithRetention(5)));

        assertEquals(new ErasedData(2, 3, 1, 1), sweepOn(DAY_0.plusDays(26)));
    }

    private org.headshots.domain.settings.OrganisationSettings settingsWithRetention(int days) {
        org.headshots.domain.settings.OrganisationSettings settings =
                new org.headshots.domain.settings.OrganisationSettings(
                        ACME, new org.headshots.domain.settings.OrganisationSettings.Bounds(30, 6), DAY_0);
        settings.change(
                new org.headshots.domain.settings.OrganisationSettings.Change(days, null, null, null, null, null),
                new org.headshots.domain.settings.OrganisationSettings.Bounds(30, 6),
                new Username("olivia"),
                DAY_0);
        return settings;
    }

    private ErasedData sweepOn(OffsetDateTime day) {
        sweep.clock = Clock.fixed(day.toInstant(), ZoneOffset.UTC);
        ErasedData erased = ErasedData.NONE;
        for (DataOwner owner : sweep.candidates()) {
            erased = erased.plus(inTransaction(() -> sweep.eraseAndCount(owner, day.getDayOfYear())));
        }
        return erased;
    }

    private boolean readable(String key) {
        try {
            assertArrayEquals(new byte[] {1, 2, 3}, store.get(key));
            return true;
        } catch (UncheckedIOException gone) {
            return false;
        }
    }

    private StoredPhoto selfie(Username owner, OffsetDateTime at) {
        StoredPhoto photo = store.put(new byte[] {1, 2, 3});
        StoredPhoto thumbnail = store.put(new byte[] {1, 2, 3});
        inTransaction(() -> sweep.selfies.store(
                new Selfie(owner, ACME, at, List.of(), "{}", 1L, "sealed", 1200, 1600, photo, thumbnail)));
        return photo;
    }

    private Headshot headshot(int index) {
        Headshot headshot = new Headshot(
                ACME,
                ERIN,
                1,
                "studio-grey",
                index,
                800,
                1000,
                store.put(new byte[] {1, 2, 3}),
                0.9f,
                0.5f,
                DAY_0.plusHours(2));
        inTransaction(() -> {
            sweep.headshots.store(headshot);
            return null;
        });
        return headshot;
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }
}
