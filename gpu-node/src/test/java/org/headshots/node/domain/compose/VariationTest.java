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
    void indexZeroIsTheStyleAsApproved() {
        Variation zero = Variation.of("studio-grey", 0);
        assertEquals(new Variation(0, 0, 0, 1, 0, ColourGrade.NEUTRAL, BackdropShift.NONE), zero);
    }

    @Test
    void theSameStyleAndIndexAlwaysGiveTheSameVariation() {
        assertEquals(Variation.of("office-blue", 5), Variation.of("office-blue", 5));
        // fixed values: a change here changes every headshot a resent request would get
        Variation five = Variation.of("office-blue", 5);
        assertEquals(five, Variation.of(new String("office-blue"), 5));
        assertEquals(0.014789929870377933, five.offsetX(), 0);
        assertEquals(-23.42385728407524, five.lightTurnDegrees(), 0);
        assertEquals(-0.047272496916082526, five.backdropShift().brightness(), 0);
    }

    @Test
    void indicesAndStylesGiveDifferentVariationsWithinBounds() {
        Set<Variation> seen = new HashSet<>();
        for (String id : new String[] {"studio-grey", "office-blue"}) {
            for (int index = 1; index < 40; index++) {
                Variation v = Variation.of(id, index);
                assertTrue(seen.add(new Variation(0, v.offsetX(), v.offsetY(), v.zoom(), v.lightTurnDegrees(),
                        v.gradeJitter(), v.backdropShift())), id + " #" + index);
                assertTrue(Math.abs(v.offsetY()) <= Variation.MAX_OFFSET_Y);
                assertTrue(Math.abs(v.zoom() - 1) <= Variation.MAX_ZOOM_CHANGE);
            }
        }
        assertNotEquals(Variation.of("studio-grey", 1).offsetX(), Variation.of("office-blue", 1).offsetX());
    }

    @Test
    void outOfBoundsVariationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Variation.of("studio-grey", -1));
        assertThrows(IllegalArgumentException.class,
                () -> new Variation(1, 0.2, 0, 1, 0, ColourGrade.NEUTRAL, BackdropShift.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> new Variation(1, 0, 0, 1.5, 0, ColourGrade.NEUTRAL, BackdropShift.NONE));
        assertThrows(IllegalArgumentException.class, () -> new BackdropShift(40, 0));
    }
}
