package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.ERIN;
import static org.headshots.infrastructure.persistence.Examples.FRANK;
import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.headshots.domain.identity.IdentityProfile;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaIdentityProfileRepositoryTest extends RepositoryOnH2 {

    private final JpaIdentityProfileRepository profiles = new JpaIdentityProfileRepository();

    @BeforeEach
    void injected() {
        profiles.em = em;
    }

    private static IdentityProfile profile(Username owner, int hours, String node) {
        return new IdentityProfile(
                ACME,
                owner,
                MONDAY.plusHours(hours),
                "sealed-" + owner,
                List.of(1L, 2L, 3L),
                List.of(4L),
                List.of(2L),
                node);
    }

    @Test
    void aNewProfileReplacesThePersonsEarlierOne() {
        inTransaction(() -> profiles.replace(profile(ERIN, 0, "gpu1:50051")));
        inTransaction(() -> profiles.replace(profile(FRANK, 0, "gpu1:50051")));
        inTransaction(() -> profiles.replace(profile(ERIN, 1, "gpu2:50051")));

        IdentityProfile found = profiles.of(ERIN).orElseThrow();
        assertEquals("gpu2:50051", found.node());
        assertEquals(MONDAY.plusHours(1).toInstant(), found.builtAt().toInstant());
        assertEquals(List.of(1L, 2L, 3L), found.usedSelfies());
        assertEquals(List.of(4L), found.droppedSelfies());
        assertEquals(List.of(2L), found.referenceSelfies());
        assertEquals("sealed-erin", found.embeddingCipher());
        assertEquals(
                1L,
                em.createQuery("SELECT COUNT(p) FROM IdentityProfile p WHERE p.owner = :owner", Long.class)
                        .setParameter("owner", new Username("erin"))
                        .getSingleResult());
        assertEquals("gpu1:50051", profiles.of(FRANK).orElseThrow().node());
    }

    @Test
    void removingAPersonsProfilesLeavesOthers() {
        inTransaction(() -> profiles.replace(profile(ERIN, 0, "gpu1:50051")));
        inTransaction(() -> profiles.replace(profile(FRANK, 0, "gpu1:50051")));

        inTransaction(() -> profiles.removeAllOf(ERIN));

        assertTrue(profiles.of(ERIN).isEmpty());
        assertTrue(profiles.of(FRANK).isPresent());
    }

    @Test
    void theOwnersOfProfilesBuiltBeforeAMomentAreFound() {
        inTransaction(() -> profiles.replace(profile(ERIN, 0, "gpu1:50051")));
        inTransaction(() -> profiles.replace(profile(FRANK, 5, "gpu1:50051")));

        assertEquals(
                List.of(new org.headshots.domain.retention.DataOwner(ERIN, ACME)),
                profiles.ownersBuiltBefore(MONDAY.plusHours(5)));
        assertEquals(2, profiles.ownersBuiltBefore(MONDAY.plusHours(6)).size());
    }
}
