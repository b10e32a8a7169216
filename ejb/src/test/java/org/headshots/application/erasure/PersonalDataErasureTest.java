package org.headshots.application.erasure;

import static org.headshots.application.erasure.ZeldaAndFrank.ACME;
import static org.headshots.application.erasure.ZeldaAndFrank.FRANK;
import static org.headshots.application.erasure.ZeldaAndFrank.OLIVIA;
import static org.headshots.application.erasure.ZeldaAndFrank.ZELDA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.headshots.application.MemberNotFoundException;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.order.Order;
import org.headshots.infrastructure.persistence.H2Repositories;
import org.headshots.infrastructure.storage.EncryptedPhotoStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure on the migrated H2 and a real encrypted store, checked as a regulator would: every text column of every
 * table is scanned for the person's name, username and e-mail, and the store's folder for their files.
 */
class PersonalDataErasureTest {

    @TempDir
    Path data;

    private EntityManager em;
    private EncryptedPhotoStore store;
    private ZeldaAndFrank people;
    private PersonalDataErasure erasure;

    @BeforeEach
    void zeldaAndFrank() {
        em = H2Repositories.onEmptyTables();
        store = EncryptedPhotoStore.at(data, java.util.Base64.getEncoder().encodeToString(new byte[32]));
        people = new ZeldaAndFrank(em, store);
        erasure = ErasureOnH2.erasure(em, store, Clock.fixed(ZeldaAndFrank.NOW.toInstant(), java.time.ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void beforeHerErasureTheScanFindsHerEverywhere() {
        List<String> found = H2Repositories.columnsHolding("zelda");

        for (String column : List.of(
                "SELFIE.OWNER",
                "HEADSHOT.OWNER",
                "FAVOURITE.OWNER",
                "IDENTITY_PROFILE.OWNER",
                "HEADSHOT_RUN.OWNER",
                "SEAT.USERNAME",
                "ORDER_PERSON.USERNAME",
                "CONSENT.USERNAME",
                "SIGN_IN.USERNAME",
                "MAIL_DELIVERY.USERNAME",
                "AUDIT_EVENT.ACTOR",
                "AUDIT_EVENT.SUBJECT",
                "AUDIT_EVENT.DETAIL")) {
            assertTrue(found.contains(column), column + " should hold her before: " + found);
        }
    }

    @Test
    void afterSheErasesHerDataNoTableHoldsHerNameAndNoFileOfHersIsLeft() throws IOException {
        long eventsBefore = auditEvents();

        ErasedPerson erased = people.inTransaction(() -> erasure.eraseOwn(ZELDA, ACME));

        assertEquals(List.of(), H2Repositories.columnsHolding("zelda"), "her username");
        assertEquals(List.of(), H2Repositories.columnsHolding("quist"), "her name and e-mail");
        assertEquals(2, erased.selfies());
        assertEquals(2, erased.headshots());
        assertEquals(1, erased.faceProfiles());
        assertEquals(1, erased.runs());
        assertEquals(2, erased.seats());
        assertEquals(1, erased.consents());
        assertEquals(1, erased.signIns());
        assertEquals(1, erased.mails());
        assertEquals(3, erased.auditEventsPseudonymised());
        for (String key : people.zeldasKeys) {
            assertFalse(readable(key), "her file " + key);
        }
        assertEquals(people.franksKeys.size(), filesInStore(), "only Frank's files are left");
        assertEquals(eventsBefore + 1, auditEvents(), "what happened stays, under an alias, and the erasure itself");
        List<AuditEvent> aliased =
                H2Repositories.audit(em).naming(new org.headshots.domain.people.Username(erased.alias()));
        assertEquals(4, aliased.size(), "the three that named her, and the erasure: " + aliased);
        assertTrue(aliased.stream().anyMatch(event -> event.action().equals(AuditAction.PERSONAL_DATA_ERASED.name())));
    }

    @Test
    void frankLosesNothingWhenZeldaGoes() {
        people.inTransaction(() -> erasure.eraseOwn(ZELDA, ACME));

        for (String key : people.franksKeys) {
            assertTrue(readable(key), "Frank's file " + key);
        }
        assertEquals(1, H2Repositories.selfies(em).of(FRANK).size());
        assertEquals(2, H2Repositories.headshots(em).ranked(FRANK).size());
        assertEquals(1, H2Repositories.headshots(em).favouritesOf(FRANK).size());
        assertTrue(H2Repositories.identities(em).of(FRANK).isPresent());
        assertEquals(1, H2Repositories.runs(em).of(FRANK).size());
        assertEquals(2, H2Repositories.orders(em).seatsOf(FRANK).size());
        assertEquals(1, H2Repositories.consents(em).allOf(FRANK).size());
        assertEquals(1, H2Repositories.signIns(em).of(FRANK).size());
        assertEquals(1, H2Repositories.mails(em).to(FRANK).size());
        assertEquals(2, H2Repositories.audit(em).naming(FRANK).size());
        Order picked = H2Repositories.orders(em).find(people.picked.id()).orElseThrow();
        assertEquals("Board and frank", picked.audienceText());
    }

    @Test
    void whenHerAdminRemovesHerOnlyHerUsernameStaysInTheOrdersThatLeaveHerOut() throws IOException {
        ErasedPerson erased = people.inTransaction(
                () -> erasure.eraseMember(ACME, people.sales.id().value(), ZELDA.value(), OLIVIA));

        assertEquals(List.of("ORDER_EXCLUDED.USERNAME"), H2Repositories.columnsHolding("zelda"));
        assertEquals(List.of(), H2Repositories.columnsHolding("quist"));
        assertEquals(2, erased.seats());
        assertEquals(people.franksKeys.size(), filesInStore());
        List<AuditEvent> erasures = H2Repositories.audit(em).about("person:" + erased.alias());
        assertEquals(1, erasures.size());
        assertEquals(OLIVIA.value(), erasures.get(0).actor());
        Order sales = H2Repositories.orders(em).find(people.sales.id()).orElseThrow();
        assertTrue(
                sales.add(new org.headshots.domain.people.Employee(ZELDA, "z@x", "Z", null), ZeldaAndFrank.NOW)
                        .isEmpty(),
                "a directory sync does not seat her again");
    }

    @Test
    void anotherOrganisationsAdminCannotRemoveHer() {
        assertThrows(
                org.headshots.application.OrderNotFoundException.class,
                () -> people.inTransaction(() -> erasure.eraseMember(
                        new org.headshots.domain.people.Organisation("globex.example"),
                        people.sales.id().value(),
                        ZELDA.value(),
                        new org.headshots.domain.people.Username("oscar"))));
        assertThrows(
                MemberNotFoundException.class,
                () -> people.inTransaction(
                        () -> erasure.eraseMember(ACME, people.sales.id().value(), "nobody", OLIVIA)));
        assertEquals(2, H2Repositories.selfies(em).of(ZELDA).size());
    }

    private long auditEvents() {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e", Long.class).getSingleResult();
    }

    private boolean readable(String key) {
        try {
            store.get(key);
            return true;
        } catch (UncheckedIOException gone) {
            return false;
        }
    }

    private long filesInStore() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
