package org.headshots.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.SignIn;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaSignInRepositoryTest extends RepositoryOnH2 {

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Organisation GLOBEX = new Organisation("globex.example");
    private static final Organisation ACME = new Organisation("headshots.example");
    private static final Username GINA = new Username("gina");

    private final JpaSignInRepository signIns = new JpaSignInRepository();

    @BeforeEach
    void injected() {
        signIns.em = em;
    }

    @Test
    void aSignInIsFoundByOrganisationAndPersonAndCountsTheNextOnes() {
        inTransaction(() -> signIns.store(new SignIn(GLOBEX, GINA, MONDAY)));
        inTransaction(() -> signIns.find(GLOBEX, GINA).orElseThrow().signedInAgain(MONDAY.plusDays(1)));

        SignIn found = signIns.find(GLOBEX, GINA).orElseThrow();
        assertEquals(2, found.count());
        assertEquals(MONDAY.toInstant(), found.first().toInstant());
        assertEquals(MONDAY.plusDays(1).toInstant(), found.last().toInstant());
        assertEquals(GLOBEX, found.organisation());
    }

    @Test
    void anotherOrganisationsSignInIsNotFound() {
        inTransaction(() -> signIns.store(new SignIn(GLOBEX, GINA, MONDAY)));

        assertTrue(signIns.find(ACME, GINA).isEmpty());
        assertTrue(signIns.find(GLOBEX, new Username("gino")).isEmpty());
    }

    @Test
    void storingTheSameSignInTwiceKeepsOneRow() {
        SignIn stored = inTransaction(() -> {
            SignIn signIn = signIns.store(new SignIn(GLOBEX, GINA, MONDAY));
            return signIns.store(signIn);
        });

        assertEquals(
                1, em.createQuery("SELECT COUNT(s) FROM SignIn s", Long.class).getSingleResult());
        assertEquals(1, stored.count());
    }

    @Test
    void aPersonsSignInsInEveryOrganisationAreFoundAndRemoved() {
        inTransaction(() -> signIns.store(new SignIn(GLOBEX, GINA, MONDAY)));
        inTransaction(() -> signIns.store(new SignIn(ACME, GINA, MONDAY)));
        inTransaction(() -> signIns.store(new SignIn(ACME, new Username("gino"), MONDAY)));

        assertEquals(2, signIns.of(GINA).size());

        inTransaction(() -> {
            for (SignIn signIn : signIns.of(GINA)) {
                signIns.remove(signIn);
            }
        });
        assertTrue(signIns.of(GINA).isEmpty());
        assertEquals(1, signIns.of(new Username("gino")).size());
    }
}
