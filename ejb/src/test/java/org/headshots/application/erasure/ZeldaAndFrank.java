package org.headshots.application.erasure;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.headshots.application.EmbeddingBytes;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.consent.Consent;
import org.headshots.domain.consent.ConsentText;
import org.headshots.domain.headshot.Favourite;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.identity.IdentityProfile;
import org.headshots.domain.mail.MailDelivery;
import org.headshots.domain.mail.MailKind;
import org.headshots.domain.order.Audience;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.SignIn;
import org.headshots.domain.people.Username;
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.StoredPhoto;
import org.headshots.infrastructure.persistence.H2Repositories;
import org.headshots.infrastructure.storage.EncryptedPhotoStore;

/**
 * Two people of one company with everything the application keeps of a person, on the migrated H2 and a real
 * encrypted store: Zelda Quist (picked by name for a second order) and Frank, who must lose nothing when she goes.
 * Her names are rare enough that a scan for them finds her and nobody else.
 */
final class ZeldaAndFrank {

    static final OffsetDateTime NOW = OffsetDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    static final Organisation ACME = new Organisation("headshots.example");
    static final Username ZELDA = new Username("zelda.q");
    static final Username FRANK = new Username("frank");
    static final Username OLIVIA = new Username("olivia");
    static final ConsentText CONSENT = new ConsentText("2027-1-1", "We keep your photos 30 days.");

    final EntityManager em;
    final EncryptedPhotoStore store;
    final Order sales;
    final Order picked;
    final List<String> zeldasKeys = new ArrayList<>();
    final List<String> franksKeys = new ArrayList<>();
    final List<Long> zeldasSelfies = new ArrayList<>();
    final List<Long> zeldasHeadshots = new ArrayList<>();

    ZeldaAndFrank(EntityManager em, EncryptedPhotoStore store) {
        this.em = em;
        this.store = store;
        Employee zelda = new Employee(ZELDA, "zelda.quist@headshots.example", "Zelda Quist", new Department("Sales"));
        Employee frank = new Employee(FRANK, "frank@headshots.example", "Frank", new Department("Sales"));
        sales = order("Sales 2027", Audience.of(new Department("Sales")), List.of(zelda, frank));
        picked = order(
                "Board portraits",
                Audience.of(List.of(new Department("Board")), List.of(ZELDA, FRANK)),
                List.of(zelda, frank));
        everythingOf(ZELDA, zeldasKeys, true);
        everythingOf(FRANK, franksKeys, false);
        inTransaction(() -> {
            H2Repositories.audit(em)
                    .record(AuditEvent.by(
                            OLIVIA,
                            AuditAction.HEADSHOT_VIEWED_BY_ADMIN,
                            "headshot:" + zeldasHeadshots.get(0),
                            "ORIGINAL, owner " + ZELDA.value(),
                            ACME,
                            NOW.plusHours(5)));
            H2Repositories.audit(em)
                    .record(AuditEvent.by(
                            OLIVIA,
                            AuditAction.TEAM_PHOTOS_DOWNLOADED,
                            "order:" + sales.id().value(),
                            "2 people",
                            ACME,
                            NOW.plusHours(6)));
            return null;
        });
    }

    private Order order(String name, Audience audience, List<Employee> members) {
        Order order = new Order(
                ACME,
                new OrderName(name),
                audience,
                LocalDate.of(2027, 3, 20),
                HeadshotPlan.standard(),
                members,
                OLIVIA,
                NOW,
                false);
        return inTransaction(() -> {
            em.persist(order);
            return order;
        });
    }

    private void everythingOf(Username person, List<String> keys, boolean twice) {
        List<Long> selfieIds = new ArrayList<>();
        for (int i = 0; i < (twice ? 2 : 1); i++) {
            int minute = i;
            StoredPhoto photo = store.put(new byte[] {1, 2, (byte) i});
            StoredPhoto thumbnail = store.put(new byte[] {3, 4, (byte) i});
            keys.add(photo.key());
            keys.add(thumbnail.key());
            Selfie selfie = inTransaction(() -> H2Repositories.selfies(em)
                    .store(new Selfie(
                            person,
                            ACME,
                            NOW.plusMinutes(minute),
                            List.of(),
                            "{}",
                            1L,
                            store.seal(EmbeddingBytes.of(new float[] {0.25f, -0.5f})),
                            1200,
                            1600,
                            photo,
                            thumbnail)));
            selfieIds.add(selfie.id());
        }
        if (person.equals(ZELDA)) {
            zeldasSelfies.addAll(selfieIds);
        }
        inTransaction(() -> {
            H2Repositories.identities(em)
                    .replace(new IdentityProfile(
                            ACME,
                            person,
                            NOW.plusHours(1),
                            store.seal(EmbeddingBytes.of(new float[] {0.5f, 0.75f})),
                            selfieIds,
                            List.of(),
                            selfieIds,
                            "node-1:50051"));
            H2Repositories.runs(em)
                    .store(new HeadshotRun(person, ACME, sales.id(), 1, 7L, HeadshotPlan.standard(), NOW));
            H2Repositories.consents(em)
                    .store(new Consent(ACME, person, CONSENT.version(), CONSENT, LocalDateTime.of(2027, 3, 1, 9, 0)));
            H2Repositories.signIns(em).store(new SignIn(ACME, person, NOW));
            H2Repositories.mails(em)
                    .store(new MailDelivery(
                            ACME,
                            sales.id(),
                            person,
                            person.value() + "@headshots.example",
                            MailKind.INVITATION,
                            null,
                            OLIVIA,
                            NOW));
            H2Repositories.audit(em)
                    .record(AuditEvent.by(
                            person,
                            AuditAction.SELFIE_UPLOADED,
                            "selfie:" + selfieIds.get(0),
                            "ACCEPTED []",
                            ACME,
                            NOW.plusMinutes(1)));
            H2Repositories.audit(em)
                    .record(AuditEvent.by(
                            OLIVIA,
                            AuditAction.INVITATION_QUEUED,
                            "seat:" + sales.id().value() + "/" + person.value(),
                            "",
                            ACME,
                            NOW));
            return null;
        });
        for (int index = 0; index < 2; index++) {
            StoredPhoto photo = store.put(new byte[] {5, 6, (byte) index});
            StoredPhoto matte = store.put(new byte[] {7, 8, (byte) index});
            keys.add(photo.key());
            keys.add(matte.key());
            Headshot headshot = new Headshot(ACME, person, 1, "studio-grey", index, 800, 1000, photo, 0.9f, 0.5f, NOW);
            headshot.withMatte(matte);
            inTransaction(() -> {
                H2Repositories.headshots(em).store(headshot);
                return null;
            });
            if (person.equals(ZELDA)) {
                zeldasHeadshots.add(headshot.id());
            }
            if (index == 0) {
                inTransaction(() -> {
                    H2Repositories.headshots(em).store(new Favourite(headshot, sales.id(), NOW.plusHours(3)));
                    return null;
                });
            }
        }
    }

    <T> T inTransaction(Supplier<T> work) {
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
