package org.headshots.node.infrastructure.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.headshots.node.domain.compose.BackdropShift;
import org.headshots.node.domain.compose.Composition;
import org.headshots.node.domain.compose.HeadshotStyle;
import org.headshots.node.domain.compose.StyleCatalogue;
import org.headshots.node.domain.compose.Variation;
import org.headshots.node.domain.face.AlphaMatte;
import org.junit.jupiter.api.Test;

class HeadshotComposerTest {

    private static final StyleCatalogue CATALOGUE = StyleCatalogue.standard();
    private static final SyntheticSelfie UPRIGHT = SyntheticSelfie.upright();
    private static final SyntheticSelfie TILTED = SyntheticSelfie.tilted(10);

    private final HeadshotComposer composer = new HeadshotComposer();

    @Test
    void theHeadshotHasTheStylesSize() {
        for (HeadshotStyle style : CATALOGUE.all()) {
            BufferedImage image = compose(UPRIGHT, style, 0);
            assertEquals(style.size().width(), image.getWidth(), style.id());
            assertEquals(style.size().height(), image.getHeight(), style.id());
            assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        }
    }

    @Test
    void theSameRequestGivesTheSamePixels() {
        HeadshotStyle style = CATALOGUE.byId("office-blue");
        assertArrayEquals(pixels(compose(TILTED, style, 3)), pixels(compose(TILTED, style, 3)));
    }

    @Test
    void variationsDifferButKeepTheStylesBackdrop() {
        HeadshotStyle style = CATALOGUE.byId("studio-grey");
        BufferedImage first = compose(UPRIGHT, style, 0);
        BufferedImage second = compose(UPRIGHT, style, 1);
        assertFalse(Arrays.equals(pixels(first), pixels(second)));
        for (int index = 0; index < 4; index++) {
            assertCornersShowTheBackdrop(compose(UPRIGHT, style, index), style, index);
        }
    }

    @Test
    void aTiltedFaceIsLevelledScaledAndPlacedAsTheStyleSays() {
        for (HeadshotStyle style : CATALOGUE.all()) {
            for (int index : new int[] {0, 2}) {
                ComposedHeadshot headshot = composer.composeDetailed(TILTED.photo(), TILTED.matte(), TILTED.face(),
                        TILTED.points(), style, index);
                Composition c = headshot.composition();
                String what = style.id() + " #" + index;
                assertTrue(Math.abs(c.eyeTilt()) < 2, what + ": eyes " + c.leftEye() + " " + c.rightEye());
                double eyeLine = (c.leftEye().y() + c.rightEye().y()) / 2 / c.height();
                assertEquals(style.framing().eyeLine(), eyeLine, 0.03, what);
                double faceFraction = c.faceHeightFraction();
                assertEquals(style.framing().faceHeight(), faceFraction, style.framing().faceHeight() * 0.05, what);
                assertEquals(TILTED.face().height() * c.scale() / c.height(), faceFraction, 1e-6, what);
                assertEquals(-10, c.rotationDegrees(), 0.5, what);

                // the drawn eyes really are where the composition says, and level
                BufferedImage image = headshot.image();
                int radius = (int) Math.max(8, c.faceWidth() / 8);
                double[] left = ImagePatches.darkCentroid(image, c.leftEye().x(), c.leftEye().y(), radius, 70);
                double[] right = ImagePatches.darkCentroid(image, c.rightEye().x(), c.rightEye().y(), radius, 70);
                assertTrue(Math.abs(left[1] - right[1]) < 2, what + ": drawn eyes at " + left[1] + " and " + right[1]);
                assertEquals(c.leftEye().x(), left[0], 2.5, what);
                assertEquals(c.leftEye().y(), left[1], 2.5, what);
                assertEquals(c.rightEye().x(), right[0], 2.5, what);
            }
        }
    }

    @Test
    void theFaceIsCentredHorizontally() {
        HeadshotStyle style = CATALOGUE.byId("white-clean");
        Composition c = composer.composeDetailed(UPRIGHT.photo(), UPRIGHT.matte(), UPRIGHT.face(),
                UPRIGHT.points(), style, 0).composition();
        assertEquals(c.width() / 2.0, c.faceCentre().x(), 1);
    }

    @Test
    void theNoisyBackgroundIsReplacedByTheBackdrop() {
        double inputNoise = ImagePatches.luminanceDeviation(UPRIGHT.photo(), 10, 10, 40);
        assertTrue(inputNoise > 10, "the synthetic background should be noisy, is " + inputNoise);
        for (HeadshotStyle style : CATALOGUE.all()) {
            BufferedImage image = compose(UPRIGHT, style, 0);
            int w = image.getWidth();
            int h = image.getHeight();
            for (int[] corner : new int[][] {{4, 4}, {w - 44, 4}}) {
                double deviation = ImagePatches.luminanceDeviation(image, corner[0], corner[1], 40);
                assertTrue(deviation < inputNoise / 5, style.id() + " corner deviation " + deviation);
            }
            assertCornersShowTheBackdrop(image, style, 0);
        }
    }

    @Test
    void thePersonsPixelsComeFromThePhoto() {
        HeadshotStyle style = CATALOGUE.byId("studio-grey");
        ComposedHeadshot headshot = composer.composeDetailed(UPRIGHT.photo(), UPRIGHT.matte(), UPRIGHT.face(),
                UPRIGHT.points(), style, 0);
        Composition c = headshot.composition();
        // a cheek: between the eye line and the mouth, beside the nose
        int x = (int) (c.faceCentre().x() - c.faceWidth() * 0.25);
        int y = (int) (c.leftEye().y() + c.faceWidth() * 0.2);
        double[] cheek = ImagePatches.mean(headshot.image(), x, y, 12);
        assertTrue(ImagePatches.distance(cheek, SyntheticSelfie.SKIN.getRGB() & 0xFFFFFF) < 40,
                "cheek " + Arrays.toString(cheek));
        assertTrue(cheek[0] > cheek[1] && cheek[1] > cheek[2], "skin keeps its hue: " + Arrays.toString(cheek));
    }

    @Test
    void aBodyCutByThePhotosBottomReachesTheFramesBottom() {
        for (String id : new String[] {"linkedin-half-body", "studio-grey"}) {
            HeadshotStyle style = CATALOGUE.byId(id);
            ComposedHeadshot headshot = composer.composeDetailed(UPRIGHT.photo(), UPRIGHT.matte(), UPRIGHT.face(),
                    UPRIGHT.points(), style, 0);
            BufferedImage image = headshot.image();
            int bottom = image.getHeight() - 12;
            double[] centre = ImagePatches.mean(image, image.getWidth() / 2 - 6, bottom, 12);
            assertTrue(ImagePatches.distance(centre, SyntheticSelfie.BODY.getRGB() & 0xFFFFFF) < 40,
                    id + ": bottom centre " + Arrays.toString(centre));
        }
        // the half-body frame reaches well below the photo: this is the continued body, not the photo
        Composition c = composer.composeDetailed(UPRIGHT.photo(), UPRIGHT.matte(), UPRIGHT.face(), UPRIGHT.points(),
                CATALOGUE.byId("linkedin-half-body"), 0).composition();
        assertTrue(c.frameY(400, SyntheticSelfie.HEIGHT) < c.height() - 100);
    }

    @Test
    void aBodyThatEndsInsideThePhotoIsNotContinued() {
        SyntheticSelfie shortBody = SyntheticSelfie.of(0, 800);
        HeadshotStyle style = CATALOGUE.byId("linkedin-half-body");
        BufferedImage image = compose(shortBody, style, 0);
        double[] centre = ImagePatches.mean(image, image.getWidth() / 2 - 6, image.getHeight() - 12, 12);
        int backdrop = style.backdrop().colourAt(0.5, 1, BackdropShift.NONE).packed();
        assertTrue(ImagePatches.distance(centre, backdrop) < 25, "bottom centre " + Arrays.toString(centre));
    }

    @Test
    void aMatteOfAnotherSizeIsRefused() {
        AlphaMatte small = new AlphaMatte(10, 10, new byte[100]);
        assertThrows(IllegalArgumentException.class, () -> composer.compose(UPRIGHT.photo(), small, UPRIGHT.face(),
                UPRIGHT.points(), CATALOGUE.byId("studio-grey"), 0));
    }

    private void assertCornersShowTheBackdrop(BufferedImage image, HeadshotStyle style, int index) {
        BackdropShift shift = Variation.of(style.id(), index).backdropShift();
        int w = image.getWidth();
        int h = image.getHeight();
        double tolerance = style.vignette() * 255 + 15;
        int size = 16;
        int[][] corners = {{0, 0}, {w - size, 0}};
        for (int[] corner : corners) {
            double u = (corner[0] + size / 2.0) / w;
            double v = (corner[1] + size / 2.0) / h;
            int expected = style.backdrop().colourAt(u, v, shift).packed();
            double[] mean = ImagePatches.mean(image, corner[0], corner[1], size);
            assertTrue(ImagePatches.distance(mean, expected) < tolerance, style.id() + " #" + index
                    + ": corner " + Arrays.toString(mean) + " expected " + Integer.toHexString(expected));
        }
    }

    private BufferedImage compose(SyntheticSelfie selfie, HeadshotStyle style, int index) {
        return composer.compose(selfie.photo(), selfie.matte(), selfie.face(), selfie.points(), style, index);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
