package org.headshots.node.domain.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariationTest {

    @Test
    void seedZeroIndexZeroFirstTryIsTheStyleAsApproved() {
        Variation zero = Variation.of("studio-grey", 0, 0, 0);
        assertEquals(new Variation(0, 0, 0, 1, 0, BackdropShift.NONE, zero.sceneSeed()), zero);
        Variation remade = Variation.of("studio-grey", 7, 0, 0);
        assertNotEquals(0, remade.offsetX(), "a remake's first headshot differs too");
    }

    @Test
    void theSameStyleSeedIndexAndTryAlwaysGiveTheSameVariation() {
        assertEquals(Variation.of("office-blue", 42, 5, 1), Variation.of(new String("office-blue"), 42, 5, 1));
        // fixed values: a change here changes every headshot a resent request would get
        Variation five = Variation.of("office-blue", 0, 5, 0);
        assertEquals(-0.0016638724596528796, five.offsetX(), 0);
        assertEquals(-(10 + 5.902599114796242 / 25 * 15), five.lightTurnDegrees(), 1e-12);
        assertEquals(8415978847598621497L, five.sceneSeed());
    }

    @Test
    void seedsIndicesTriesAndStylesGiveDifferentVariationsWithinBounds() {
        Set<Variation> seen = new HashSet<>();
        Set<Long> scenes = new HashSet<>();
        for (String id : new String[] {"studio-grey", "office-blue"}) {
            for (long seed : new long[] {0, 1, -1}) {
                for (int index = 1; index < 20; index++) {
                    for (int attempt = 0; attempt < 3; attempt++) {
                        Variation v = Variation.of(id, seed, index, attempt);
                        assertTrue(
                                seen.add(new Variation(
                                        0,
                                        v.offsetX(),
                                        v.offsetY(),
                                        v.zoom(),
                                        v.lightTurnDegrees(),
                                        v.backdropShift(),
                                        0)),
                                id + " " + seed + " #" + index + "/" + attempt);
                        assertTrue(scenes.add(v.sceneSeed()));
                        assertTrue(Math.abs(v.offsetY()) <= Variation.MAX_OFFSET_Y);
                        assertTrue(Math.abs(v.zoom() - 1) <= Variation.MAX_ZOOM_CHANGE);
                    }
                }
            }
        }
    }

    @Test
    void theCropCyclesAndTheKeyLightAlternatesSidesSoHeadshotsOfOnePhotoDiffer() {
        assertEquals(Crop.STYLE, Variation.of("studio-grey", 0, 0, 0).crop());
        assertEquals(Crop.CLOSER, Variation.of("studio-grey", 0, 1, 0).crop());
        assertEquals(Crop.WIDER, Variation.of("studio-grey", 0, 2, 0).crop());
        assertEquals(Crop.STYLE, Variation.of("studio-grey", 0, 3, 2).crop());
        for (int index = 1; index < 12; index++) {
            double turn = Variation.of("studio-grey", 9, index, 0).lightTurnDegrees();
            assertTrue(
                    Math.abs(turn) >= Variation.MIN_LIGHT_TURN_DEGREES
                            && Math.abs(turn) <= Variation.MAX_LIGHT_TURN_DEGREES,
                    "#" + index + ": " + turn);
            assertEquals(index % 2 == 0, turn > 0, "#" + index + " lit from the other side than #" + (index - 1));
        }
    }

    @Test
    void outOfBoundsVariationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Variation.of("studio-grey", 0, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> Variation.of("studio-grey", 0, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new Variation(1, 0.2, 0, 1, 0, BackdropShift.NONE, 0));
        assertThrows(IllegalArgumentException.class, () -> new Variation(1, 0, 0, 1.5, 0, BackdropShift.NONE, 0));
        assertThrows(IllegalArgumentException.class, () -> new BackdropShift(40, 0));
    }
}
