package org.headshots.node.domain.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadshotStyleTest {

    private static final Backdrop GREY = new Backdrop.Solid(Rgb.hex("#808080"));

    private static HeadshotStyle style(String id, ColourGrade grade, double vignette) {
        return new HeadshotStyle(
                id, "A style", GREY, Framing.headAndShoulders(), grade, new KeyLight(0.5, -30), vignette);
    }

    @Test
    void aValidStyleIsKept() {
        HeadshotStyle style = style("studio-grey-2", ColourGrade.NEUTRAL, 0.1);
        assertEquals("studio-grey-2", style.id());
        assertEquals(GREY, style.backdrop());
        assertEquals(style, style.inBrandColour(Rgb.hex("#ff0000")), "a grey style takes no brand colour");
    }

    @Test
    void invalidValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ColourGrade(0, 0, 0.9, 0));
        assertThrows(IllegalArgumentException.class, () -> new ColourGrade(1.5, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ColourGrade(0, Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ColourGrade(0, 0, 0, -2));
        assertThrows(IllegalArgumentException.class, () -> new KeyLight(1.2, 0));
        assertThrows(IllegalArgumentException.class, () -> new KeyLight(0.5, 90));
        assertThrows(IllegalArgumentException.class, () -> new Framing(0.8, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new Framing(0.4, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new Rgb(256, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Rgb.hex("grey"));
        assertThrows(IllegalArgumentException.class, () -> style("Studio Grey", ColourGrade.NEUTRAL, 0.1));
        assertThrows(IllegalArgumentException.class, () -> style("studio--grey", ColourGrade.NEUTRAL, 0.1));
        assertThrows(IllegalArgumentException.class, () -> style("studio-grey", ColourGrade.NEUTRAL, 0.5));
        assertThrows(
                IllegalArgumentException.class,
                () -> new HeadshotStyle(
                        "studio-grey", " ", GREY, Framing.headAndShoulders(), ColourGrade.NEUTRAL, KeyLight.NONE, 0));
    }

    @Test
    void gradesAddWithinTheirBounds() {
        ColourGrade sum = new ColourGrade(0.9, 0.1, -0.45, 0.5).plus(new ColourGrade(0.3, 0.1, -0.2, 0.1));
        assertEquals(ColourGrade.MAX_WARMTH, sum.warmth(), 1e-12);
        assertEquals(0.2, sum.contrast(), 1e-12);
        assertEquals(-ColourGrade.MAX_SATURATION, sum.saturation(), 1e-12);
        assertEquals(0.6, sum.exposure(), 1e-12);
        assertEquals(0.1, new ColourGrade(0.5, 0, 0, 0).scaled(0.2).warmth(), 1e-12);
    }

    @Test
    void aKeyLightTurnsWithinItsBounds() {
        assertEquals(
                KeyLight.MAX_AZIMUTH_DEGREES, new KeyLight(0.5, 60).turned(25).azimuthDegrees(), 1e-12);
        assertEquals(-10, new KeyLight(0.5, 10).turned(-20).azimuthDegrees(), 1e-12);
    }

    @Test
    void coloursPrintAsHex() {
        Rgb colour = Rgb.hex("#9A9ea3");
        assertEquals("#9a9ea3", colour.toString());
        assertEquals(0x9a9ea3, colour.packed());
        assertTrue(colour.blue() > colour.red());
    }
}
