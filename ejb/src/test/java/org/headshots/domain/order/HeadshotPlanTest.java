package org.headshots.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadshotPlanTest {

    @Test
    void whatIsLeftOutIsTheStandard() {
        HeadshotPlan plan = HeadshotPlan.of(null, null, " ", null);
        assertEquals(40, plan.headshotsPerPerson());
        assertEquals(HeadshotPlan.DEFAULT_STYLES, plan.styles());
        assertNull(plan.brandColour());
        assertEquals(1, plan.remakesPerPerson());
    }

    @Test
    void theBrandColourStyleNeedsAHexColour() {
        InvalidOrderException missing =
                assertThrows(InvalidOrderException.class, () -> HeadshotPlan.of(10, List.of("brand-colour"), null, 0));
        assertTrue(missing.getMessage().contains("#1a4b8c"), missing.getMessage());
        assertThrows(InvalidOrderException.class, () -> HeadshotPlan.of(10, List.of("brand-colour"), "blue", 0));
        assertEquals(
                "#00aaff",
                HeadshotPlan.of(10, List.of("brand-colour"), "#00AAFF", 0).brandColour());
    }

    @Test
    void countsStylesAndRemakesAreBounded() {
        assertThrows(InvalidOrderException.class, () -> HeadshotPlan.of(0, null, null, null));
        assertThrows(InvalidOrderException.class, () -> HeadshotPlan.of(201, null, null, null));
        assertThrows(InvalidOrderException.class, () -> HeadshotPlan.of(3, null, null, null), "4 styles, 3 headshots");
        assertThrows(InvalidOrderException.class, () -> HeadshotPlan.of(10, null, null, 6));
        assertThrows(InvalidOrderException.class, () -> HeadshotPlan.of(10, List.of("Studio Grey"), null, 1));
        assertEquals(
                List.of("studio-grey"),
                HeadshotPlan.of(10, List.of("studio-grey", "studio-grey"), null, 1)
                        .styles());
    }
}
