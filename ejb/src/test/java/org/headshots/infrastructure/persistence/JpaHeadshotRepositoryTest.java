package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.ERIN;
import static org.headshots.infrastructure.persistence.Examples.FRANK;
import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.headshots.infrastructure.persistence.Examples.headshot;
import static org.headshots.infrastructure.persistence.Examples.photo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.headshots.domain.headshot.Favourite;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotLooks;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.run.RunTimings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaHeadshotRepositoryTest extends RepositoryOnH2 {

    private final JpaHeadshotRepository headshots = new JpaHeadshotRepository();
    private OrderId sales;
    private OrderId design;

    @BeforeEach
    void twoOrders() {
        headshots.em = em;
        sales = storedOrder(ACME, "Sales 2027", MONDAY).id();
        design = storedOrder(ACME, "Design 2027", MONDAY).id();
    }

    private Headshot stored(Headshot headshot) {
        inTransaction(() -> headshots.store(headshot));
        return headshot;
    }

    @Test
    void aStoredHeadshotComesBackWithItsChecksLooksTimingsAndMatte() {
        long id = stored(headshot(ERIN, 1, "studio-grey", 3, 0.8f)
                        .checked(2, true)
                        .measured(new HeadshotLooks(0.05f, 0.1f, 2f, 0.3f), 1)
                        .withMatte(photo("erin/matte"))
                        .took(new RunTimings(0, 10, 20, 30, 40, 50, 60)))
                .id();

        Headshot found = headshots.find(id).orElseThrow();
        assertEquals(ERIN, found.owner());
        assertEquals(3, found.index());
        assertEquals(0.8f, found.identitySimilarity());
        assertEquals(2, found.attempts());
        assertTrue(found.upscaled());
        assertEquals(2f, found.looks().enlargement());
        assertEquals(0.1f, found.looks().haloShare());
        assertEquals(1, found.referencePhoto().getAsInt());
        assertEquals(Optional.of("photo-erin-matte"), found.matteKey());
        assertEquals(50, found.timings().store());
        assertEquals("photo-erin-1-studio-grey-3", found.photoKey());
        assertTrue(headshots.find(id + 1000).isEmpty());
    }

    @Test
    void aRunsImagesAreFoundByOwnerRunStyleAndIndex() {
        stored(headshot(ERIN, 1, "studio-grey", 0, 0.8f));
        stored(headshot(ERIN, 1, "studio-grey", 2, 0.8f));
        stored(headshot(ERIN, 1, "office-blue", 1, 0.8f));
        stored(headshot(ERIN, 2, "studio-grey", 5, 0.8f));
        stored(headshot(FRANK, 1, "studio-grey", 7, 0.8f));

        assertTrue(headshots.has(ERIN, 1, "studio-grey", 2));
        assertFalse(headshots.has(ERIN, 1, "studio-grey", 1));
        assertFalse(headshots.has(FRANK, 1, "studio-grey", 0));
        assertEquals(Set.of(0, 2), headshots.storedIndices(ERIN, 1, "studio-grey"));
        assertEquals(Set.of(), headshots.storedIndices(ERIN, 3, "studio-grey"));
        assertEquals(3, headshots.count(ERIN, 1));
        assertEquals(0, headshots.count(FRANK, 2));
        assertEquals(
                List.of(0, 2, 1),
                headshots.ofRun(ERIN, 1).stream().map(Headshot::index).toList(),
                "as stored");
    }

    @Test
    void aRunsTimingsAreSummedOverItsImages() {
        stored(headshot(ERIN, 1, "studio-grey", 0, 0.8f).took(new RunTimings(0, 1, 2, 3, 4, 5, 6)));
        stored(headshot(ERIN, 1, "studio-grey", 1, 0.8f).took(new RunTimings(0, 10, 20, 30, 40, 50, 60)));
        stored(headshot(ERIN, 2, "studio-grey", 0, 0.8f).took(new RunTimings(0, 100, 100, 100, 100, 100, 100)));

        RunTimings run1 = headshots.timingsOf(ERIN, 1);
        assertEquals(
                List.of(11L, 22L, 33L, 44L, 55L, 66L),
                List.of(run1.prepare(), run1.compose(), run1.check(), run1.encode(), run1.store(), run1.calls()));
        assertEquals(0, headshots.timingsOf(FRANK, 1).compose(), "a run without images took no time");
    }

    @Test
    void aPersonsHeadshotsAreRankedBestFirst() {
        stored(headshot(ERIN, 1, "studio-grey", 0, 0.5f));
        stored(headshot(ERIN, 1, "studio-grey", 1, 0.9f));
        stored(headshot(ERIN, 2, "studio-grey", 0, 0.7f));
        stored(headshot(FRANK, 1, "studio-grey", 0, 1f));

        assertEquals(
                List.of(0.9f, 0.7f, 0.5f),
                headshots.ranked(ERIN).stream()
                        .map(Headshot::identitySimilarity)
                        .toList());
    }

    @Test
    void aRemovedHeadshotIsGone() {
        Headshot kept = stored(headshot(ERIN, 1, "studio-grey", 0, 0.8f));
        Headshot removed = stored(headshot(ERIN, 1, "studio-grey", 1, 0.8f));

        inTransaction(() -> headshots.remove(removed));

        assertTrue(headshots.find(removed.id()).isEmpty());
        assertTrue(headshots.find(kept.id()).isPresent());
    }

    @Test
    void aPersonHasOneFavouritePerOrderTheLastChosenFirst() {
        Headshot first = stored(headshot(ERIN, 1, "studio-grey", 0, 0.8f));
        Headshot second = stored(headshot(ERIN, 2, "studio-grey", 0, 0.8f));
        inTransaction(() -> headshots.store(new Favourite(first, sales, MONDAY.plusDays(1))));
        inTransaction(() -> headshots.store(new Favourite(second, design, MONDAY.plusDays(2))));
        Headshot franks = stored(headshot(FRANK, 1, "studio-grey", 0, 0.8f));
        inTransaction(() -> headshots.store(new Favourite(franks, sales, MONDAY.plusDays(3))));

        assertEquals(
                first.id(), headshots.favouriteOf(ERIN, sales).orElseThrow().headshotId());
        assertEquals(
                List.of(design, sales),
                headshots.favouritesOf(ERIN).stream().map(Favourite::order).toList());

        inTransaction(() -> {
            Favourite chosen = headshots.favouriteOf(ERIN, sales).orElseThrow();
            chosen.choose(second, MONDAY.plusDays(4));
            headshots.store(chosen);
        });
        assertEquals(
                second.id(), headshots.favouriteOf(ERIN, sales).orElseThrow().headshotId());
        assertEquals(
                List.of(sales, design),
                headshots.favouritesOf(ERIN).stream().map(Favourite::order).toList());
    }

    @Test
    void aRemovedFavouriteIsGone() {
        Headshot chosen = stored(headshot(ERIN, 1, "studio-grey", 0, 0.8f));
        Favourite favourite = inTransaction(() -> {
            Favourite made = new Favourite(chosen, sales, MONDAY.plusDays(1));
            headshots.store(made);
            return made;
        });

        inTransaction(() -> headshots.remove(favourite));

        assertTrue(headshots.favouriteOf(ERIN, sales).isEmpty());
        assertTrue(headshots.favouritesOf(ERIN).isEmpty());
        assertTrue(headshots.find(chosen.id()).isPresent(), "the headshot stays");
    }

    @Test
    void headshotsMadeBeforeAMomentThatAreNoFavouriteAreFoundWithTheirOwners() {
        Headshot chosen = stored(headshot(ERIN, 1, "studio-grey", 0, 0.8f));
        Headshot unchosen = stored(headshot(ERIN, 1, "studio-grey", 1, 0.7f));
        stored(headshot(ERIN, 1, "studio-grey", 5, 0.7f));
        Headshot franks = stored(headshot(FRANK, 1, "studio-grey", 0, 0.8f));
        inTransaction(() -> headshots.store(new Favourite(chosen, sales, MONDAY.plusDays(1))));
        inTransaction(() -> headshots.store(new Favourite(franks, sales, MONDAY.plusDays(1))));

        assertEquals(
                List.of(unchosen.id()),
                headshots.unchosenMadeBefore(ERIN, MONDAY.plusMinutes(5)).stream()
                        .map(Headshot::id)
                        .toList());
        assertEquals(
                List.of(new org.headshots.domain.retention.DataOwner(ERIN, ACME)),
                headshots.ownersOfUnchosenBefore(MONDAY.plusDays(1)));
    }
}
