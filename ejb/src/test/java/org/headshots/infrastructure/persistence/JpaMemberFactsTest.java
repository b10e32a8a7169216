package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.ERIN;
import static org.headshots.infrastructure.persistence.Examples.FRANK;
import static org.headshots.infrastructure.persistence.Examples.GINA;
import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.headshots.infrastructure.persistence.Examples.headshot;
import static org.headshots.infrastructure.persistence.Examples.photo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.headshots.domain.headshot.Favourite;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.MemberFacts;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Username;
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.selfie.Reason;
import org.headshots.domain.selfie.ReasonCode;
import org.headshots.domain.selfie.Selfie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaMemberFactsTest extends RepositoryOnH2 {

    private final JpaMemberFacts facts = new JpaMemberFacts();
    private OrderId sales;
    private OrderId design;

    @BeforeEach
    void twoOrders() {
        facts.em = em;
        sales = storedOrder(ACME, "Sales 2027", MONDAY).id();
        design = storedOrder(ACME, "Design 2027", MONDAY).id();
    }

    private void selfie(Username owner, int minutes, boolean accepted) {
        inTransaction(() -> em.persist(new Selfie(
                owner,
                ACME,
                MONDAY.plusMinutes(minutes),
                accepted ? List.of() : List.of(Reason.of(ReasonCode.BLURRY)),
                "{}",
                minutes,
                "sealed",
                1200,
                1600,
                photo(owner + "-" + minutes),
                photo(owner + "-" + minutes + "-small"))));
    }

    private long run(Username owner, OrderId order, int number) {
        HeadshotRun run = new HeadshotRun(
                owner,
                ACME,
                order,
                number,
                1,
                new HeadshotPlan(12, List.of("studio-grey"), null, 1),
                MONDAY.plusMinutes(number));
        inTransaction(() -> em.persist(run));
        return run.id();
    }

    private Headshot kept(Username owner, int run, int index) {
        Headshot headshot = headshot(owner, run, "studio-grey", index, 0.8f);
        inTransaction(() -> em.persist(headshot));
        return headshot;
    }

    @Test
    void selfiesAreCountedAcceptedAndUploadedPerPerson() {
        selfie(ERIN, 0, true);
        selfie(ERIN, 1, true);
        selfie(ERIN, 2, false);
        selfie(FRANK, 3, false);

        Map<Username, MemberFacts.Selfies> counted = facts.selfies(List.of(ERIN, FRANK, GINA));
        assertEquals(new MemberFacts.Selfies(2, 3), counted.get(ERIN));
        assertEquals(new MemberFacts.Selfies(0, 1), counted.get(FRANK));
        assertEquals(2, counted.size(), "nobody counted for one without selfies");
        assertTrue(facts.selfies(List.of()).isEmpty());
    }

    @Test
    void eachPersonsLatestRunOfTheOrderComesWithTheHeadshotsKept() {
        run(ERIN, sales, 1);
        long latest = run(ERIN, sales, 3);
        run(ERIN, design, 4);
        kept(ERIN, 3, 0);
        kept(ERIN, 3, 1);
        kept(ERIN, 1, 0);

        Map<Username, MemberFacts.LatestRun> runs = facts.latestRuns(sales, List.of(ERIN, FRANK));
        assertEquals(Map.of(ERIN, new MemberFacts.LatestRun(latest, 3, "QUEUED", 2, 12)), runs);
        assertTrue(facts.latestRuns(design, List.of(FRANK)).isEmpty());
        assertTrue(facts.latestRuns(sales, List.of()).isEmpty());
    }

    @Test
    void theFavouritesChosenForTheOrderComeWithWhenTheyWereChosen() {
        Headshot erins = kept(ERIN, 1, 0);
        Headshot franks = kept(FRANK, 1, 0);
        inTransaction(() -> em.persist(new Favourite(erins, sales, MONDAY.plusDays(1))));
        inTransaction(() -> em.persist(new Favourite(franks, design, MONDAY.plusDays(2))));

        Map<Username, MemberFacts.Chosen> chosen = facts.favouritesOfOrder(sales, List.of(ERIN, FRANK));
        assertEquals(List.of(ERIN), List.copyOf(chosen.keySet()));
        assertEquals(erins.id(), chosen.get(ERIN).headshotId());
        assertEquals(MONDAY.plusDays(1).toInstant(), chosen.get(ERIN).at().toInstant());
        assertTrue(facts.favouritesOfOrder(sales, List.of()).isEmpty());
    }
}
