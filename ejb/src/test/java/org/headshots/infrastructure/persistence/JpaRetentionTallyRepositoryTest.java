package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.GLOBEX;
import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.headshots.domain.retention.ErasedData;
import org.headshots.domain.retention.RetentionTally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaRetentionTallyRepositoryTest extends RepositoryOnH2 {

    private final JpaRetentionTallyRepository tallies = new JpaRetentionTallyRepository();

    @BeforeEach
    void injected() {
        tallies.em = em;
    }

    @Test
    void aRunsErasuresAddUpPerOrganisationAndTheNewestRunsComeFirst() {
        assertTrue(tallies.newest(5).isEmpty());
        inTransaction(() -> tallies.add(7, ACME, ErasedData.ofOnePerson(3, 1, 10), MONDAY));
        inTransaction(() -> tallies.add(7, ACME, ErasedData.ofOnePerson(2, 0, 4), MONDAY.plusMinutes(1)));
        inTransaction(() -> tallies.add(7, GLOBEX, ErasedData.ofOnePerson(1, 1, 0), MONDAY.plusMinutes(2)));
        inTransaction(() -> tallies.add(9, ACME, ErasedData.ofOnePerson(0, 1, 0), MONDAY.plusDays(1)));

        List<RetentionTally> newest = tallies.newest(2);
        assertEquals(
                List.of(9L, 7L, 7L),
                newest.stream().map(RetentionTally::executionId).toList());
        assertEquals(new ErasedData(1, 1, 1, 0), newest.get(1).erased(), "by organisation: globex first");
        RetentionTally acme = newest.get(2);
        assertEquals(ACME, acme.organisation());
        assertEquals(new ErasedData(2, 5, 1, 14), acme.erased());
        assertEquals(MONDAY.toInstant(), acme.firstAt().toInstant());
        assertEquals(MONDAY.plusMinutes(1).toInstant(), acme.lastAt().toInstant());
        assertEquals(
                List.of(9L),
                tallies.newest(1).stream().map(RetentionTally::executionId).toList());
    }
}
