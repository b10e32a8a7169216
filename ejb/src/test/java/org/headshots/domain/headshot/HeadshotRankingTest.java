package org.headshots.domain.headshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.selfie.StoredPhoto;
import org.junit.jupiter.api.Test;

class HeadshotRankingTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 4, 10, 0, 0, 0, ZoneOffset.UTC);
    private static int next;

    static Headshot headshot(String style, int reference, float identity, float sharpness, HeadshotLooks looks) {
        int index = next++;
        return new Headshot(
                        new Organisation("headshots.example"),
                        new Username("frank"),
                        1,
                        style,
                        index,
                        1024,
                        1280,
                        new StoredPhoto("photo-key-" + index, "0".repeat(64), 1),
                        identity,
                        sharpness,
                        NOW)
                .measured(looks, reference);
    }

    private static HeadshotLooks clean() {
        return new HeadshotLooks(0, 0.01f, 1, 0.3f);
    }

    @Test
    void aStretchedBodyRanksBelowACleanHeadshotThatIsALittleLessLikeThePerson() {
        Headshot stretched = headshot("studio-grey", 0, 0.90f, 0.3f, new HeadshotLooks(0.11f, 0, 1, 0.3f));
        Headshot clean = headshot("studio-grey", 1, 0.82f, 0.3f, clean());
        assertTrue(clean.score() > stretched.score(), clean.score() + " vs " + stretched.score());
    }

    @Test
    void aHaloCostsAsMuchAsStretchingAndEnlargementLessSoByOctaves() {
        double base = headshot("a", 0, 0.8f, 0.3f, clean()).score();
        double halo = headshot("a", 0, 0.8f, 0.3f, new HeadshotLooks(0, 0.15f, 1, 0.3f))
                .score();
        double twice = headshot("a", 0, 0.8f, 0.3f, new HeadshotLooks(0, 0.01f, 2, 0.3f))
                .score();
        double fourTimes = headshot("a", 0, 0.8f, 0.3f, new HeadshotLooks(0, 0.01f, 4, 0.3f))
                .score();
        assertTrue(base - halo > 0.09, "halo " + (base - halo));
        assertEquals(0.03, base - twice, 0.005);
        assertEquals(0.06, base - fourTimes, 0.005);
    }

    @Test
    void aFaceFramedFarTooSmallOrTooCloseCostsAndAPhotographersRangeDoesNot() {
        double at30 =
                headshot("a", 0, 0.8f, 0.3f, new HeadshotLooks(0, 0, 1, 0.3f)).score();
        assertEquals(
                at30,
                headshot("a", 0, 0.8f, 0.3f, new HeadshotLooks(0, 0, 1, 0.17f)).score(),
                1e-9);
        assertTrue(
                headshot("a", 0, 0.8f, 0.3f, new HeadshotLooks(0, 0, 1, 0.08f)).score() < at30 - 0.02);
        assertTrue(
                headshot("a", 0, 0.8f, 0.3f, new HeadshotLooks(0, 0, 1, 0.62f)).score() < at30 - 0.02);
    }

    @Test
    void aHeadshotMadeBeforeMeasurementsIsNotHeldBackButAnEnlargedOneIs() {
        Headshot old = new Headshot(
                new Organisation("headshots.example"),
                new Username("frank"),
                1,
                "a",
                99,
                1024,
                1280,
                new StoredPhoto("photo-key-old", "0".repeat(64), 1),
                0.8f,
                0.3f,
                NOW);
        assertEquals(headshot("a", 0, 0.8f, 0.3f, new HeadshotLooks(0, 0, 1, 0)).score(), old.score(), 1e-9);
        assertTrue(old.checked(1, true).score() < old.checked(1, false).score());
        assertTrue(old.referencePhoto().isEmpty());
    }

    @Test
    void measurementsOutsideTheirRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HeadshotLooks(-0.1f, 0, 1, 0.3f));
        assertThrows(IllegalArgumentException.class, () -> new HeadshotLooks(0, 1.5f, 1, 0.3f));
        assertThrows(IllegalArgumentException.class, () -> new HeadshotLooks(0, 0, 0.5f, 0.3f));
        assertThrows(IllegalArgumentException.class, () -> new HeadshotLooks(0, 0, Float.NaN, 0.3f));
        assertThrows(
                IllegalArgumentException.class,
                () -> headshot("a", 0, 0.8f, 0.3f, clean()).measured(clean(), -1));
    }

    @Test
    void theGalleryInterleavesStylesAndPhotosAmongNearlyEqualHeadshotsButNeverPromotesAPoorOne() {
        Headshot a0 = headshot("studio-grey", 0, 0.95f, 0.3f, clean());
        Headshot a1 = headshot("studio-grey", 0, 0.94f, 0.3f, clean());
        Headshot a2 = headshot("studio-grey", 0, 0.93f, 0.3f, clean());
        Headshot b0 = headshot("studio-grey", 1, 0.92f, 0.3f, clean());
        Headshot c0 = headshot("office-blur", 1, 0.91f, 0.3f, clean());
        Headshot poor = headshot("office-blur", 2, 0.6f, 0.05f, new HeadshotLooks(0.1f, 0.1f, 3, 0.3f));
        List<Headshot> order = GalleryOrder.of(List.of(poor, a2, a1, c0, b0, a0));
        assertEquals(a0, order.get(0), "the best comes first");
        assertEquals(c0, order.get(1), "then another style from another photo, nearly as good");
        assertEquals(poor, order.get(order.size() - 1), "a poor headshot stays last however novel");
        for (int i = 1; i < 4; i++) {
            Headshot before = order.get(i - 1);
            Headshot here = order.get(i);
            assertTrue(
                    !here.style().equals(before.style())
                            || !here.referencePhoto().equals(before.referencePhoto()),
                    "no two neighbours of the first screen alike: " + i);
        }
    }
}
