package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.ERIN;
import static org.headshots.infrastructure.persistence.Examples.FRANK;
import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.headshots.infrastructure.persistence.Examples.photo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.headshots.domain.people.Username;
import org.headshots.domain.selfie.Reason;
import org.headshots.domain.selfie.ReasonCode;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaSelfieRepositoryTest extends RepositoryOnH2 {

    private final JpaSelfieRepository selfies = new JpaSelfieRepository();

    @BeforeEach
    void injected() {
        selfies.em = em;
    }

    private Selfie stored(Username owner, int minutes, List<Reason> reasons) {
        return inTransaction(() -> selfies.store(new Selfie(
                owner,
                ACME,
                MONDAY.plusMinutes(minutes),
                reasons,
                "{\"sharpness\":0.4}",
                -7L,
                "sealed-embedding",
                1200,
                1600,
                photo(owner + "/" + minutes),
                photo(owner + "/" + minutes + "-small"))));
    }

    @Test
    void aStoredSelfieComesBackWithItsVerdictAndReasons() {
        long id = stored(
                        ERIN,
                        0,
                        List.of(
                                Reason.of(ReasonCode.BLURRY),
                                new Reason(ReasonCode.TOO_DARK, "Too dark: 12% of the face is lit")))
                .id();

        Selfie found = selfies.find(id).orElseThrow();
        assertEquals(Verdict.REJECTED, found.verdict());
        assertEquals(
                List.of(
                        Reason.of(ReasonCode.BLURRY),
                        new Reason(ReasonCode.TOO_DARK, "Too dark: 12% of the face is lit")),
                found.reasons());
        assertEquals(-7L, found.dhash());
        assertEquals("sealed-embedding", found.embeddingCipher());
        assertEquals("photo-erin-0-small", found.thumbnailKey());
        assertEquals(1600, found.height());
        assertEquals(MONDAY.toInstant(), found.uploadedAt().toInstant());
        assertTrue(selfies.find(id + 1000).isEmpty());
    }

    @Test
    void aPersonsSelfiesComeNewestFirst() {
        stored(ERIN, 0, List.of());
        stored(ERIN, 2, List.of());
        stored(ERIN, 1, List.of());
        stored(FRANK, 3, List.of());

        assertEquals(
                List.of(2L, 1L, 0L),
                selfies.of(ERIN).stream()
                        .map(selfie -> selfie.uploadedAt().toEpochSecond() / 60 - MONDAY.toEpochSecond() / 60)
                        .toList());
    }

    @Test
    void aRemovedSelfieIsGone() {
        Selfie removed = stored(ERIN, 0, List.of());
        Selfie kept = stored(ERIN, 1, List.of());

        inTransaction(() -> selfies.remove(removed));

        assertTrue(selfies.find(removed.id()).isEmpty());
        assertEquals(
                List.of(kept.id()), selfies.of(ERIN).stream().map(Selfie::id).toList());
    }

    @Test
    void selfiesUploadedBeforeAMomentAreFoundWithTheirOwners() {
        Selfie old = stored(ERIN, 0, List.of());
        stored(ERIN, 10, List.of());
        stored(FRANK, 20, List.of());

        assertEquals(
                List.of(old.id()),
                selfies.uploadedBefore(ERIN, MONDAY.plusMinutes(10)).stream()
                        .map(Selfie::id)
                        .toList());
        assertEquals(
                List.of(new org.headshots.domain.retention.DataOwner(ERIN, ACME)),
                selfies.ownersOfSelfiesBefore(MONDAY.plusMinutes(20)));
        assertEquals(2, selfies.ownersOfSelfiesBefore(MONDAY.plusMinutes(21)).size());
    }
}
