package org.headshots.node.domain.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackdropTest {

    private static final Rgb LIGHT = Rgb.hex("#c0c0c0");
    private static final Rgb DARK = Rgb.hex("#404040");

    @Test
    void aSolidBackdropIsOneColourEverywhere() {
        Backdrop solid = new Backdrop.Solid(LIGHT);
        assertEquals(LIGHT, solid.colourAt(0, 0, BackdropShift.NONE));
        assertEquals(LIGHT, solid.colourAt(0.7, 0.9, new BackdropShift(10, 0)));
        assertEquals(new Rgb(202, 202, 202), solid.colourAt(0.5, 0.5, new BackdropShift(0, 0.05)));
    }

    @Test
    void aGradientRunsFromTopToBottomAndTilts() {
        Backdrop gradient = new Backdrop.VerticalGradient(LIGHT, DARK);
        assertEquals(LIGHT, gradient.colourAt(0.5, 0, BackdropShift.NONE));
        assertEquals(DARK, gradient.colourAt(0.5, 1, BackdropShift.NONE));
        assertEquals(gradient.colourAt(0, 0.5, BackdropShift.NONE), gradient.colourAt(1, 0.5, BackdropShift.NONE));
        BackdropShift tilt = new BackdropShift(10, 0);
        assertTrue(gradient.colourAt(0, 0.5, tilt).red()
                > gradient.colourAt(1, 0.5, tilt).red());
    }

    @Test
    void aStudioBackdropIsLitBehindTheHeadAndDarkInTheCorners() {
        Backdrop studio = new Backdrop.Studio(LIGHT, DARK);
        assertEquals(LIGHT, studio.colourAt(0.5, 0.38, BackdropShift.NONE));
        assertEquals(DARK, studio.colourAt(1, 1, BackdropShift.NONE));
        assertTrue(studio.colourAt(0, 0, BackdropShift.NONE).red() < 0x50);
        BackdropShift right = new BackdropShift(15, 0);
        assertTrue(studio.colourAt(0.7, 0.38, right).red()
                > studio.colourAt(0.3, 0.38, right).red());
    }
}
