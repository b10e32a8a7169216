package org.headshots.node.infrastructure.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.headshots.node.domain.compose.Backdrop;
import org.headshots.node.domain.compose.BackdropShift;
import org.headshots.node.domain.compose.Composition;
import org.headshots.node.domain.compose.Crop;
import org.headshots.node.domain.compose.FramePlanner;
import org.headshots.node.domain.compose.Framing;
import org.headshots.node.domain.compose.HeadshotStyle;
import org.headshots.node.domain.compose.Rgb;
import org.headshots.node.domain.compose.StyleCatalogue;
import org.headshots.node.domain.compose.Variation;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.quality.RgbPixels;
import org.headshots.node.domain.quality.StretchMeter;
import org.junit.jupiter.api.Test;

class HeadshotComposerTest {

    private static final StyleCatalogue CATALOGUE = StyleCatalogue.standard();
    private static final SyntheticSelfie UPRIGHT = SyntheticSelfie.upright();
    private static final SyntheticSelfie TILTED = SyntheticSelfie.tilted(10);
    /** How many levels the old background may move an output pixel at the person's edge. */
    private static final int HALO_TOLERANCE = 12;

    private final HeadshotComposer composer = new HeadshotComposer();

    @Test
    void theHeadshotIsPortraitOrEveryFourthSquareAndAtLeast1024() {
        for (HeadshotStyle style : CATALOGUE.all()) {
            BufferedImage portrait = compose(UPRIGHT, style, 0);
            assertEquals(portrait.getWidth() * 5 / 4.0, portrait.getHeight(), 1, style.id());
            assertEquals(BufferedImage.TYPE_INT_RGB, portrait.getType());
            BufferedImage square = compose(UPRIGHT, style, 3);
            assertEquals(square.getWidth(), square.getHeight(), style.id());
            if (style.framing().equals(Framing.headAndShoulders())) {
                // the drawn face is 300 px high: its crop is smaller than 1024 wide, so it is enlarged
                assertEquals(1024, portrait.getWidth(), style.id());
                assertEquals(1280, portrait.getHeight(), style.id());
                assertEquals(1024, square.getWidth(), style.id());
            }
        }
        // a half-body crop of a photo long enough for it is larger: 300 px is 18% of 1667 px, kept at that
        // resolution (this photo ends too soon for it: see aPhotoCutAboveTheFramesBottomIsFramedCloser)
        Composition halfBody = FramePlanner.plan(
                UPRIGHT.face(),
                UPRIGHT.points(),
                Framing.halfBody(),
                org.headshots.node.domain.compose.Aspect.PORTRAIT,
                Variation.of("linkedin-half-body", 0, 0, 0),
                2000);
        assertEquals(1334, halfBody.width());
        assertEquals(1667, halfBody.height());
        assertTrue(UPRIGHT.composedBy(composer, CATALOGUE.byId("studio-grey"), Variation.of("studio-grey", 0, 0, 0))
                .composition()
                .upscaled());
    }

    @Test
    void theMatteIsThePersonInTheHeadshotsFrame() {
        for (HeadshotStyle style : CATALOGUE.all()) {
            ComposedHeadshot headshot = UPRIGHT.composedBy(composer, style, Variation.of(style.id(), 0, 0, 0));
            BufferedImage matte = headshot.matte();
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, matte.getType());
            assertEquals(headshot.image().getWidth(), matte.getWidth(), style.id());
            assertEquals(headshot.image().getHeight(), matte.getHeight(), style.id());
            Composition c = headshot.composition();
            int faceX = (int) c.faceCentre().x();
            int faceY = (int) c.faceCentre().y();
            assertEquals(255, matte.getRaster().getSample(faceX, faceY, 0), style.id() + ": the face is the person");
            assertEquals(0, matte.getRaster().getSample(2, 2, 0), style.id() + ": the top corner is the backdrop");
            assertEquals(0, matte.getRaster().getSample(matte.getWidth() - 3, 2, 0), style.id());
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
            for (int index : new int[] {0, 1, 2}) {
                ComposedHeadshot headshot = TILTED.composedBy(composer, style, Variation.of(style.id(), 0, index, 0));
                Composition c = headshot.composition();
                String what = style.id() + " #" + index;
                assertTrue(Math.abs(c.eyeTilt()) < 2, what + ": eyes " + c.leftEye() + " " + c.rightEye());
                // the style's crop for #0, closer for #1, wider for #2
                Crop crop = Crop.forIndex(index);
                double styledFace = style.framing().faceHeight() * crop.faceScale();
                double eyeLine = (c.leftEye().y() + c.rightEye().y()) / 2 / c.height();
                assertEquals(style.framing().eyeLine() + crop.eyeShift(), eyeLine, 0.03, what);
                double faceFraction = c.faceHeightFraction();
                // the crop's size, or closer where this photo ends above the frame's bottom (half body)
                assertTrue(
                        faceFraction > styledFace * 0.95 && faceFraction < styledFace * FramePlanner.MAX_ZOOM * 1.05,
                        what);
                if (styledFace >= Framing.headAndShoulders().faceHeight()) {
                    assertEquals(styledFace, faceFraction, styledFace * 0.05, what);
                }
                assertEquals(TILTED.face().height() * c.scale() / c.height(), faceFraction, 1e-6, what);
                assertEquals(-10, c.rotationDegrees(), 0.5, what);

                // the drawn eyes really are where the composition says, and level
                BufferedImage image = headshot.image();
                int radius = (int) Math.max(8, c.faceWidth() / 8);
                double[] left = ImagePatches.darkCentroid(
                        image, c.leftEye().x(), c.leftEye().y(), radius, 70);
                double[] right = ImagePatches.darkCentroid(
                        image, c.rightEye().x(), c.rightEye().y(), radius, 70);
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
        Composition c = UPRIGHT.composedBy(composer, style, Variation.of(style.id(), 0, 0, 0))
                .composition();
        assertEquals(c.width() / 2.0, c.faceCentre().x(), 1);
    }

    @Test
    void theNoisyBackgroundIsReplacedByTheBackdrop() {
        double inputNoise = ImagePatches.luminanceDeviation(UPRIGHT.photo(), 10, 10, 40);
        assertTrue(inputNoise > 10, "the synthetic background should be noisy, is " + inputNoise);
        for (HeadshotStyle style : paintedInTwoColours()) {
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
        ComposedHeadshot headshot = UPRIGHT.composedBy(composer, style, Variation.of(style.id(), 0, 0, 0));
        Composition c = headshot.composition();
        // a cheek: between the eye line and the mouth, beside the nose
        int x = (int) (c.faceCentre().x() - c.faceWidth() * 0.25);
        int y = (int) (c.leftEye().y() + c.faceWidth() * 0.2);
        double[] cheek = ImagePatches.mean(headshot.image(), x, y, 12);
        assertTrue(
                ImagePatches.distance(cheek, SyntheticSelfie.SKIN.getRGB() & 0xFFFFFF) < 40,
                "cheek " + Arrays.toString(cheek));
        assertTrue(cheek[0] > cheek[1] && cheek[1] > cheek[2], "skin keeps its hue: " + Arrays.toString(cheek));
    }

    @Test
    void aPhotoCutAboveTheFramesBottomIsFramedCloserAndNothingIsStretched() {
        StretchMeter stretch = new StretchMeter();
        for (HeadshotStyle style : CATALOGUE.all()) {
            for (int index : new int[] {0, 3}) {
                ComposedHeadshot headshot = UPRIGHT.composedBy(composer, style, Variation.of(style.id(), 0, index, 0));
                Composition c = headshot.composition();
                BufferedImage image = headshot.image();
                String what = style.id() + " #" + index;
                // the photo ends at most the fade's allowance above the frame's bottom, or the face is as large
                // as the rules let it be
                double uncovered = (c.height() - c.frameY(400, SyntheticSelfie.HEIGHT)) / c.height();
                assertTrue(
                        uncovered <= FramePlanner.FADE_ALLOWANCE + 0.01
                                || c.faceHeightFraction()
                                        >= Math.min(
                                                        FramePlanner.MAX_FACE_HEIGHT,
                                                        style.framing().faceHeight() * 0.9 * FramePlanner.MAX_ZOOM)
                                                - 0.01,
                        what + ": " + uncovered + " of the frame below the photo, face " + c.faceHeightFraction());
                double share =
                        stretch.stretchedShare(new RgbPixels(image.getWidth(), image.getHeight(), pixels(image)));
                assertTrue(share < StretchMeter.MAX_SHARE, what + ": stretched " + share);
            }
        }
        // half body needs more photo below the eyes than this one has: it comes closer than its style
        Composition halfBody = UPRIGHT.composedBy(
                        composer, CATALOGUE.byId("linkedin-half-body"), Variation.of("linkedin-half-body", 0, 0, 0))
                .composition();
        assertTrue(
                halfBody.faceHeightFraction() > Framing.halfBody().faceHeight() * 1.2,
                "face " + halfBody.faceHeightFraction());
    }

    @Test
    void whatThePhotoStillLacksFadesIntoTheBackdropInsteadOfRepeatingTheBody() {
        // cut at the chest: 120 px of body below the chin, then the photo ends
        SyntheticSelfie chest = cutAt(720);
        HeadshotStyle style = CATALOGUE.byId("white-clean");
        BufferedImage image = compose(chest, style, 0);
        double[] bottom = ImagePatches.mean(image, image.getWidth() / 2 - 6, image.getHeight() - 12, 12);
        double[] beside = ImagePatches.mean(image, 6, image.getHeight() - 12, 12);
        assertTrue(
                ImagePatches.distance(bottom, SyntheticSelfie.BODY.getRGB() & 0xFFFFFF) > 100,
                "no body invented at the bottom: " + Arrays.toString(bottom));
        assertTrue(
                ImagePatches.distance(bottom, (int) beside[0] << 16 | (int) beside[1] << 8 | (int) beside[2]) < 25,
                "the backdrop as beside it: " + Arrays.toString(bottom) + " and " + Arrays.toString(beside));
        double stretched =
                new StretchMeter().stretchedShare(new RgbPixels(image.getWidth(), image.getHeight(), pixels(image)));
        assertTrue(stretched < StretchMeter.MAX_SHARE, "stretched " + stretched);
    }

    /** The upright selfie with the photo itself ending at {@code rows}, as a photo cut at the chest. */
    private static SyntheticSelfie cutAt(int rows) {
        BufferedImage photo = UPRIGHT.photo().getSubimage(0, 0, SyntheticSelfie.WIDTH, rows);
        byte[] alpha = java.util.Arrays.copyOf(UPRIGHT.matte().alpha(), SyntheticSelfie.WIDTH * rows);
        return new SyntheticSelfie(
                photo, new AlphaMatte(SyntheticSelfie.WIDTH, rows, alpha), UPRIGHT.face(), UPRIGHT.points());
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
        assertThrows(
                IllegalArgumentException.class,
                () -> composer.compose(
                        UPRIGHT.photo(),
                        small,
                        UPRIGHT.face(),
                        UPRIGHT.points(),
                        CATALOGUE.byId("studio-grey"),
                        Variation.of("studio-grey", 0, 0, 0),
                        1));
    }

    @Test
    void theOldBackgroundDoesNotShowAtThePersonsEdge() {
        // the same person before a green and before a magenta background: a halo would differ between them
        HeadshotStyle style = CATALOGUE.byId("studio-grey");
        BufferedImage green = compose(SyntheticSelfie.onPlain(new java.awt.Color(40, 200, 60)), style, 0);
        BufferedImage magenta = compose(SyntheticSelfie.onPlain(new java.awt.Color(220, 40, 200)), style, 0);
        int[] a = pixels(green);
        int[] b = pixels(magenta);
        int[] differences = new int[a.length];
        int differing = 0;
        for (int i = 0; i < a.length; i++) {
            int d = Math.max(
                    Math.abs((a[i] >> 16 & 0xFF) - (b[i] >> 16 & 0xFF)),
                    Math.max(
                            Math.abs((a[i] >> 8 & 0xFF) - (b[i] >> 8 & 0xFF)),
                            Math.abs((a[i] & 0xFF) - (b[i] & 0xFF))));
            differences[i] = d;
            if (d > 2) {
                differing++;
            }
        }
        Arrays.sort(differences);
        int worst = differences[differences.length - 1];
        int edge = differences[differences.length - 1 - differing / 20];
        assertTrue(
                edge <= HALO_TOLERANCE && worst <= 3 * HALO_TOLERANCE,
                "the old background shows at the edge: 95th percentile of the " + differing + " differing pixels "
                        + edge + ", worst " + worst);
    }

    @Test
    void thePersonCastsASoftShadowBesideTheShouldersAndTheBrandColourIsExactElsewhere() {
        Rgb brand = Rgb.hex("#c0c8d0");
        HeadshotStyle style = CATALOGUE.forOrder("brand-colour", brand.toString());
        ComposedHeadshot headshot = UPRIGHT.composedBy(composer, style, Variation.of(style.id(), 5, 2, 0));
        BufferedImage image = headshot.image();
        Composition c = headshot.composition();
        for (int[] corner : new int[][] {{0, 0}, {image.getWidth() - 16, 0}, {0, 300}}) {
            double[] mean = ImagePatches.mean(image, corner[0], corner[1], 16);
            assertTrue(
                    ImagePatches.distance(mean, brand.packed()) < 1.5,
                    "corner " + Arrays.toString(corner) + " " + Arrays.toString(mean));
        }
        // just outside the shoulders, a little below them: the body's edge runs from (250, 580) to (50, 1300)
        for (double[] beside : new double[][] {{222, 660}, {578, 660}}) {
            int x = (int) c.frameX(beside[0], beside[1]);
            int y = (int) c.frameY(beside[0], beside[1]);
            double[] mean = ImagePatches.mean(image, x - 4, y - 4, 8);
            double darkening = 1
                    - ImagePatches.luminance((int) mean[0] << 16 | (int) mean[1] << 8 | (int) mean[2])
                            / ImagePatches.luminance(brand.packed());
            assertTrue(
                    darkening > 0.04 && darkening < GroundShadow.DEPTH,
                    "beside the shoulder at " + x + "," + y + ": " + Arrays.toString(mean) + ", darker by "
                            + darkening);
        }
    }

    @Test
    void theSameSeedIndexAndTryGiveTheSamePixelsAndAnotherSeedOthers() {
        for (String id : new String[] {"office-blurred", "outdoor-blurred", "studio-grey"}) {
            HeadshotStyle style = CATALOGUE.byId(id);
            int[] once = pixels(TILTED.composedBy(composer, style, Variation.of(id, 11, 4, 1))
                    .image());
            int[] again = pixels(TILTED.composedBy(composer, style, Variation.of(id, 11, 4, 1))
                    .image());
            int[] remake = pixels(TILTED.composedBy(composer, style, Variation.of(id, 12, 4, 1))
                    .image());
            assertArrayEquals(once, again, id);
            assertFalse(Arrays.equals(once, remake), id);
        }
    }

    @Test
    void aBlurredSceneIsVariedButOutOfFocus() {
        for (String id : new String[] {"office-blurred", "outdoor-blurred"}) {
            HeadshotStyle style = CATALOGUE.byId(id);
            // headshot 2 is cropped wider (headshot 1 closer, its hair reaching into the band)
            BufferedImage image = compose(UPRIGHT, style, 2);
            // the top band, above the head: no edges (a sharp scene has neighbours differing by tens of levels)
            int band = (int) (image.getHeight() * 0.08);
            double spread = ImagePatches.luminanceDeviation(image, 0, 0, band);
            double steepest = 0;
            for (int y = 1; y < band; y++) {
                for (int x = 1; x < image.getWidth(); x++) {
                    double l = ImagePatches.luminance(image.getRGB(x, y));
                    steepest = Math.max(
                            steepest,
                            Math.max(
                                    Math.abs(l - ImagePatches.luminance(image.getRGB(x - 1, y))),
                                    Math.abs(l - ImagePatches.luminance(image.getRGB(x, y - 1)))));
                }
            }
            assertTrue(steepest < 6, id + ": neighbours differ by up to " + steepest);
            double across = 0;
            for (int x = 0; x + band <= image.getWidth(); x += band) {
                across = Math.max(
                        across,
                        Math.abs(ImagePatches.luminance(image.getRGB(x + band / 2, band / 2))
                                - ImagePatches.luminance(image.getRGB(image.getWidth() / 2, band / 2))));
            }
            assertTrue(across > 8 || spread > 4, id + ": the scene is flat (" + across + ", " + spread + ")");
        }
    }

    private void assertCornersShowTheBackdrop(BufferedImage image, HeadshotStyle style, int index) {
        BackdropShift shift = Variation.of(style.id(), 0, index, 0).backdropShift();
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
            assertTrue(
                    ImagePatches.distance(mean, expected) < tolerance,
                    style.id() + " #" + index + ": corner " + Arrays.toString(mean) + " expected "
                            + Integer.toHexString(expected));
        }
    }

    @Test
    void peoplePhotographedUnderWarmBulbsOrInADimRoomComeOutOfOneOrderAlike() {
        SyntheticSelfie daylight = SyntheticSelfie.onPlain(new Color(226, 226, 222));
        BufferedImage bulbs = new BufferedImage(
                daylight.photo().getWidth(), daylight.photo().getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < bulbs.getHeight(); y++) {
            for (int x = 0; x < bulbs.getWidth(); x++) {
                int p = daylight.photo().getRGB(x, y);
                bulbs.setRGB(
                        x,
                        y,
                        (int) Math.min(255, (p >> 16 & 0xFF) * 1.06 * 0.7) << 16
                                | (int) ((p >> 8 & 0xFF) * 0.96 * 0.7) << 8
                                | (int) ((p & 0xFF) * 0.74 * 0.7));
            }
        }
        HeadshotStyle style = CATALOGUE.byId("studio-grey");
        Variation variation = Variation.of(style.id(), 11, 0, 0);
        ComposedHeadshot inDaylight = daylight.composedBy(composer, style, variation);
        ComposedHeadshot underBulbs =
                composer.compose(bulbs, daylight.matte(), daylight.face(), daylight.points(), style, variation, 1);
        Composition c = inDaylight.composition();
        int size = (int) (c.faceWidth() / 4);
        int x = (int) c.faceCentre().x() - size / 2;
        int y = (int) c.faceCentre().y() + size / 2;
        double[] cheekInDaylight = ImagePatches.mean(inDaylight.image(), x, y, size);
        double[] cheekUnderBulbs = ImagePatches.mean(underBulbs.image(), x, y, size);
        double[] photoCheek = ImagePatches.mean(daylight.photo(), 370, 420, 60);
        double[] bulbCheek = ImagePatches.mean(bulbs, 370, 420, 60);
        double before = ImagePatches.distance(photoCheek, packed(bulbCheek));
        double after = ImagePatches.distance(cheekInDaylight, packed(cheekUnderBulbs));
        assertTrue(
                after < before * 0.65,
                "the skin of the two photos differed by " + before + ", of the headshots by " + after + ": "
                        + Arrays.toString(cheekInDaylight) + " and " + Arrays.toString(cheekUnderBulbs));
    }

    private static int packed(double[] rgb) {
        return (int) Math.round(rgb[0]) << 16 | (int) Math.round(rgb[1]) << 8 | (int) Math.round(rgb[2]);
    }

    private BufferedImage compose(SyntheticSelfie selfie, HeadshotStyle style, int index) {
        return selfie.composedBy(composer, style, Variation.of(style.id(), 0, index, 0))
                .image();
    }

    /** The styles whose backdrop is a blend of two colours, not a painted scene. */
    private static java.util.List<HeadshotStyle> paintedInTwoColours() {
        return CATALOGUE.all().stream()
                .filter(s -> !(s.backdrop() instanceof Backdrop.Scene))
                .toList();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
