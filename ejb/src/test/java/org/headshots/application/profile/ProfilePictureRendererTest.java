package org.headshots.application.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.headshots.domain.profile.Background;
import org.headshots.domain.profile.BorderColour;
import org.headshots.domain.profile.LogoCorner;
import org.headshots.domain.profile.ProfilePictureTemplate;
import org.headshots.domain.profile.Shape;
import org.headshots.domain.refusal.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProfilePictureRendererTest {

    private static final int BACKDROP = 0x969696;
    private static final int SKIN = 0xe0ac8c;
    private static final Color BRAND = new Color(0x1a4b8c);
    private static final int WHITE = 0xffffff;
    private static final int BLACK = 0x000000;

    private static final BufferedImage HEADSHOT = headshot();
    private static final BufferedImage MATTE = matte();
    private static final BufferedImage LOGO = redSquareLogo();

    private final ProfilePictureRenderer renderer = new ProfilePictureRenderer();

    /** A 1024×1280 portrait: the person an ellipse of skin, centred across and low, on a grey backdrop. */
    private static BufferedImage headshot() {
        BufferedImage image = new BufferedImage(1024, 1280, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, person(x, y) <= 1 ? SKIN : BACKDROP);
            }
        }
        return image;
    }

    /** The same ellipse white on black, its edge blurred over about a dozen pixels, as a grey PNG decodes. */
    private static BufferedImage matte() {
        BufferedImage matte = new BufferedImage(1024, 1280, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = matte.getRaster();
        for (int y = 0; y < matte.getHeight(); y++) {
            for (int x = 0; x < matte.getWidth(); x++) {
                double inside = Math.max(0, Math.min(1, (1 - person(x, y)) / 0.025 + 0.5));
                raster.setSample(x, y, 0, (int) Math.round(inside * 255));
            }
        }
        return matte;
    }

    /** 0 at the person's centre, 1 on their outline. */
    private static double person(int x, int y) {
        double dx = (x + 0.5 - 512) / 280;
        double dy = (y + 0.5 - 640) / 520;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** An 80 px logo: a red square of 60 px in a transparent margin of 10 px, read back from PNG. */
    private static BufferedImage redSquareLogo() {
        BufferedImage logo = new BufferedImage(80, 80, BufferedImage.TYPE_INT_ARGB);
        for (int y = 10; y < 70; y++) {
            for (int x = 10; x < 70; x++) {
                logo.setRGB(x, y, 0xffff0000);
            }
        }
        return decoded(png(logo));
    }

    private static ProfilePictureTemplate template(
            Shape shape,
            int size,
            boolean greyscale,
            Background background,
            int border,
            BorderColour borderColour,
            LogoCorner corner) {
        return new ProfilePictureTemplate(shape, size, greyscale, background, border, borderColour, corner);
    }

    private static ProfilePictureTemplate plain(Shape shape, int size, Background background) {
        return template(shape, size, false, background, 0, BorderColour.WHITE, LogoCorner.NONE);
    }

    private RenderedProfilePicture rendered(ProfilePictureTemplate template, boolean withMatte) {
        return renderer.render(
                HEADSHOT,
                withMatte ? Optional.of(MATTE) : Optional.empty(),
                template,
                Optional.of(BRAND),
                Optional.of(LOGO));
    }

    private BufferedImage picture(ProfilePictureTemplate template, boolean withMatte) {
        return decoded(rendered(template, withMatte).png());
    }

    @Test
    void thePictureHasTheTemplatesSizeInEitherShape() {
        for (Shape shape : Shape.values()) {
            for (int size : new int[] {128, 600, 1024}) {
                BufferedImage picture = picture(plain(shape, size, Background.BRAND), true);
                assertEquals(size, picture.getWidth(), shape + " " + size);
                assertEquals(size, picture.getHeight(), shape + " " + size);
            }
        }
    }

    @Test
    void aCircleIsTransparentOutsideOpaqueInsideAndSmoothAtItsEdge() {
        BufferedImage picture = picture(ProfilePictureTemplate.standard(), true);
        int last = picture.getWidth() - 1;
        for (int[] corner : new int[][] {{0, 0}, {last, 0}, {0, last}, {last, last}, {40, 40}}) {
            assertEquals(0, alpha(picture.getRGB(corner[0], corner[1])), "alpha at " + corner[0] + "," + corner[1]);
        }
        assertEquals(255, alpha(picture.getRGB(300, 300)));
        assertEquals(255, alpha(picture.getRGB(300, 3)), "just inside the top of the circle");
        int partly = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                int alpha = alpha(picture.getRGB(x, y));
                partly += alpha > 0 && alpha < 255 ? 1 : 0;
            }
        }
        assertTrue(
                partly > 1000 && partly < 3000,
                "the edge is anti-aliased: about a pixel of its 1885 px length partly covered, not " + partly);
    }

    @Test
    void aSquareHasNoTransparentPixel() {
        BufferedImage picture = picture(
                template(Shape.SQUARE, 600, false, Background.BRAND, 12, BorderColour.WHITE, LogoCorner.TOP_LEFT),
                true);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (alpha(picture.getRGB(x, y)) != 255) {
                    fail("transparent at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void theBrandColourReplacesTheBackdropWhereTheMatteSaysAndThePersonStays() {
        RenderedProfilePicture rendered = rendered(ProfilePictureTemplate.standard(), true);
        BufferedImage picture = decoded(rendered.png());

        assertTrue(rendered.backgroundReplaced());
        assertColour(BRAND.getRGB(), picture.getRGB(120, 120), 2, "backdrop near the top left, inside the circle");
        assertColour(BRAND.getRGB(), picture.getRGB(480, 120), 2, "backdrop near the top right, inside the circle");
        assertColour(SKIN, picture.getRGB(300, 300), 2, "the person in the middle");
        assertColour(SKIN, picture.getRGB(300, 500), 2, "the person low in the picture");
    }

    @Test
    void theMatteIsASoftAlphaNotAThreshold() {
        BufferedImage half = new BufferedImage(1024, 1280, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = half.getRaster();
        for (int y = 0; y < half.getHeight(); y++) {
            for (int x = 0; x < half.getWidth(); x++) {
                raster.setSample(x, y, 0, 128);
            }
        }
        BufferedImage picture = decoded(renderer.render(
                        HEADSHOT,
                        Optional.of(half),
                        plain(Shape.SQUARE, 128, Background.BRAND),
                        Optional.of(BRAND),
                        Optional.empty())
                .png());

        assertColour(halfway(SKIN, BRAND.getRGB()), picture.getRGB(64, 64), 2, "half person, half brand");
        assertColour(halfway(BACKDROP, BRAND.getRGB()), picture.getRGB(10, 10), 2, "half backdrop, half brand");
    }

    @Test
    void withoutAMatteTheHeadshotKeepsItsOwnBackdropAndSaysSo() {
        RenderedProfilePicture rendered = rendered(ProfilePictureTemplate.standard(), false);
        BufferedImage picture = decoded(rendered.png());

        assertFalse(rendered.backgroundReplaced());
        assertColour(BACKDROP, picture.getRGB(120, 120), 2, "backdrop near the top left");
        assertColour(SKIN, picture.getRGB(300, 300), 2, "the person");
    }

    @Test
    void keepingTheBackdropIgnoresTheMatte() {
        RenderedProfilePicture rendered = rendered(plain(Shape.CIRCLE, 600, Background.KEEP), true);

        assertFalse(rendered.backgroundReplaced());
        assertColour(BACKDROP, decoded(rendered.png()).getRGB(120, 120), 2, "backdrop near the top left");
    }

    @Test
    void greyscaleIsTheRec709LumaEverywhere() {
        BufferedImage picture = picture(
                template(Shape.CIRCLE, 600, true, Background.BRAND, 0, BorderColour.BRAND, LogoCorner.NONE), true);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                int p = picture.getRGB(x, y);
                if (alpha(p) > 0 && (red(p) != green(p) || green(p) != blue(p))) {
                    fail("not grey at " + x + "," + y + ": " + Integer.toHexString(p));
                }
            }
        }
        // 0.2126 R + 0.7152 G + 0.0722 B of the skin is 180.7; Rec. 601 weights would give 183.9
        assertEquals(181, red(picture.getRGB(300, 300)), 1);
        assertEquals(Math.round(0.2126 * 0x1a + 0.7152 * 0x4b + 0.0722 * 0x8c), red(picture.getRGB(120, 120)), 1);
    }

    @Test
    void aCirclesBorderIsARingInsideIt() {
        BufferedImage picture = picture(
                template(Shape.CIRCLE, 600, false, Background.KEEP, 16, BorderColour.WHITE, LogoCorner.NONE), true);
        int ringMiddle = (int) Math.round(300 - 292 / Math.sqrt(2));
        for (int[] p : new int[][] {
            {300, 8}, {300, 591}, {8, 300}, {591, 300}, {ringMiddle, ringMiddle}, {599 - ringMiddle, 599 - ringMiddle}
        }) {
            int pixel = picture.getRGB(p[0], p[1]);
            assertEquals(255, alpha(pixel), "opaque on the ring at " + p[0] + "," + p[1]);
            assertColour(WHITE, pixel, 1, "the ring at " + p[0] + "," + p[1]);
        }
        assertColour(BACKDROP, picture.getRGB(300, 24), 2, "inside the ring");
        assertEquals(0, alpha(picture.getRGB(0, 0)), "outside the circle");
    }

    @Test
    void aSquaresBorderRunsAlongItsEdges() {
        BufferedImage picture = picture(
                template(Shape.SQUARE, 600, false, Background.KEEP, 32, BorderColour.BLACK, LogoCorner.NONE), true);
        for (int[] p : new int[][] {{0, 0}, {599, 599}, {31, 300}, {300, 31}, {568, 300}, {300, 568}}) {
            assertColour(BLACK, picture.getRGB(p[0], p[1]), 0, "the border at " + p[0] + "," + p[1]);
        }
        assertColour(BACKDROP, picture.getRGB(33, 300), 2, "just inside the border");
    }

    @Test
    void aBrandBorderHasTheBrandColour() {
        BufferedImage picture = picture(
                template(Shape.CIRCLE, 600, false, Background.KEEP, 12, BorderColour.BRAND, LogoCorner.NONE), false);
        assertColour(BRAND.getRGB(), picture.getRGB(300, 6), 1, "the ring at the top");
        assertColour(BRAND.getRGB(), picture.getRGB(6, 300), 1, "the ring at the left");
    }

    @Test
    void theLogoSitsInTheAskedCornerOnly() {
        for (Shape shape : Shape.values()) {
            for (LogoCorner corner : LogoCorner.values()) {
                BufferedImage picture =
                        picture(template(shape, 600, false, Background.BRAND, 0, BorderColour.BRAND, corner), true);
                Map<LogoCorner, Integer> red = redByQuadrant(picture);
                for (LogoCorner quadrant : red.keySet()) {
                    if (quadrant == corner) {
                        assertTrue(red.get(quadrant) > 90 * 90, shape + " " + corner + ": the logo is there");
                    } else {
                        assertEquals(0, red.get(quadrant), shape + " " + corner + ": no logo at " + quadrant);
                    }
                }
            }
        }
    }

    @Test
    void theLogoTakes22PercentOfTheSideWithAMarginOf4PercentAndKeepsItsTransparency() {
        BufferedImage picture = picture(
                template(Shape.SQUARE, 600, false, Background.BRAND, 0, BorderColour.BRAND, LogoCorner.TOP_LEFT), true);
        int[] box = redBox(picture);
        // 132 px for the 80 px logo: 1.65 px each; its red square from 10 to 70, 24 px from the edges
        assertEquals(24 + 16.5, box[0], 2, "left of the red square");
        assertEquals(24 + 16.5, box[1], 2, "top of the red square");
        assertEquals(24 + 115.5, box[2], 2, "right of the red square");
        assertEquals(24 + 115.5, box[3], 2, "bottom of the red square");
        assertColour(BRAND.getRGB(), picture.getRGB(30, 30), 2, "the logo's transparent margin shows the backdrop");
    }

    @Test
    void aWideLogoKeepsItsAspectRatio() {
        BufferedImage wide = new BufferedImage(160, 40, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 160; x++) {
                wide.setRGB(x, y, 0xffff0000);
            }
        }
        BufferedImage picture = decoded(renderer.render(
                        HEADSHOT,
                        Optional.of(MATTE),
                        template(
                                Shape.SQUARE,
                                600,
                                false,
                                Background.BRAND,
                                0,
                                BorderColour.BRAND,
                                LogoCorner.BOTTOM_RIGHT),
                        Optional.of(BRAND),
                        Optional.of(wide))
                .png());
        int[] box = redBox(picture);
        assertEquals(132, box[2] - box[0] + 1, 2, "width");
        assertEquals(33, box[3] - box[1] + 1, 2, "height");
        assertEquals(600 - 24 - 1, box[2], 2, "right, 24 px from the edge");
        assertEquals(600 - 24 - 1, box[3], 2, "bottom, 24 px from the edge");
    }

    @Test
    void onACircleTheLogoIsMovedInwardsUntilItIsWhollyVisible() {
        for (LogoCorner corner : new LogoCorner[] {LogoCorner.TOP_LEFT, LogoCorner.BOTTOM_RIGHT}) {
            BufferedImage picture =
                    picture(template(Shape.CIRCLE, 600, false, Background.BRAND, 20, BorderColour.WHITE, corner), true);
            int[] box = redBox(picture);
            assertEquals(99, box[2] - box[0] + 1, 3, corner + ": the red square is not cut");
            assertEquals(99, box[3] - box[1] + 1, 3, corner + ": the red square is not cut");
            for (int y = box[1]; y <= box[3]; y++) {
                for (int x = box[0]; x <= box[2]; x++) {
                    int p = picture.getRGB(x, y);
                    assertEquals(255, alpha(p), corner + ": opaque at " + x + "," + y);
                    assertFalse(red(p) > 240 && green(p) > 240 && blue(p) > 240, corner + ": not on the ring");
                }
            }
        }
    }

    @Test
    void noCornerOrNoLogoMeansNoLogo() {
        assertEquals(0, redBox(picture(plain(Shape.SQUARE, 600, Background.BRAND), true))[4]);
        BufferedImage withoutLogo = decoded(renderer.render(
                        HEADSHOT,
                        Optional.of(MATTE),
                        template(
                                Shape.SQUARE, 600, false, Background.BRAND, 0, BorderColour.BRAND, LogoCorner.TOP_LEFT),
                        Optional.of(BRAND),
                        Optional.empty())
                .png());
        assertEquals(0, redBox(withoutLogo)[4]);
    }

    @Test
    void theLogoKeepsItsColourInAGreyPicture() {
        BufferedImage picture = picture(
                template(Shape.SQUARE, 600, true, Background.BRAND, 0, BorderColour.BRAND, LogoCorner.TOP_RIGHT), true);
        assertTrue(redByQuadrant(picture).get(LogoCorner.TOP_RIGHT) > 90 * 90);
    }

    @Test
    void theSquareIsCutFromTheTopOfAPortraitAndTheMiddleOfALandscape() {
        assertEquals(new ProfileSquare(0, 0, 1024), ProfileSquare.of(1024, 1280));
        assertEquals(new ProfileSquare(0, 300, 1000), ProfileSquare.of(1000, 2000));
        assertEquals(new ProfileSquare(128, 0, 1024), ProfileSquare.of(1280, 1024));
        assertEquals(new ProfileSquare(0, 0, 500), ProfileSquare.of(500, 500));

        BufferedImage tall = new BufferedImage(1000, 2000, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2000; y++) {
            for (int x = 0; x < 1000; x++) {
                tall.setRGB(x, y, y < 300 ? 0xff0000 : y >= 1300 ? 0x00ff00 : BACKDROP);
            }
        }
        BufferedImage picture = decoded(renderer.render(
                        tall,
                        Optional.empty(),
                        plain(Shape.SQUARE, 128, Background.KEEP),
                        Optional.empty(),
                        Optional.empty())
                .png());
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                assertColour(BACKDROP, picture.getRGB(x, y), 2, "only the square at " + x + "," + y);
            }
        }
    }

    @Test
    void aTemplateWithTheBrandColourNeedsOne() {
        InvalidValueException refused = assertThrows(
                InvalidValueException.class,
                () -> renderer.render(
                        HEADSHOT,
                        Optional.of(MATTE),
                        ProfilePictureTemplate.standard(),
                        Optional.empty(),
                        Optional.empty()));
        assertTrue(refused.getMessage().contains("brand colour"), refused.getMessage());

        BufferedImage picture = decoded(renderer.render(
                        HEADSHOT,
                        Optional.of(MATTE),
                        template(Shape.SQUARE, 128, false, Background.KEEP, 4, BorderColour.BLACK, LogoCorner.NONE),
                        Optional.empty(),
                        Optional.empty())
                .png());
        assertEquals(128, picture.getWidth());
    }

    @Test
    void aMatteOfAnotherSizeIsRefused() {
        BufferedImage small = new BufferedImage(512, 640, BufferedImage.TYPE_BYTE_GRAY);
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> renderer.render(
                        HEADSHOT,
                        Optional.of(small),
                        ProfilePictureTemplate.standard(),
                        Optional.of(BRAND),
                        Optional.empty()));
        assertTrue(refused.getMessage().contains("512×640"), refused.getMessage());
    }

    private static Map<LogoCorner, Integer> redByQuadrant(BufferedImage picture) {
        Map<LogoCorner, Integer> red = new EnumMap<>(LogoCorner.class);
        for (LogoCorner corner : new LogoCorner[] {
            LogoCorner.TOP_LEFT, LogoCorner.TOP_RIGHT, LogoCorner.BOTTOM_LEFT, LogoCorner.BOTTOM_RIGHT
        }) {
            red.put(corner, 0);
        }
        int half = picture.getWidth() / 2;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (isRed(picture.getRGB(x, y))) {
                    LogoCorner quadrant = y < half
                            ? (x < half ? LogoCorner.TOP_LEFT : LogoCorner.TOP_RIGHT)
                            : (x < half ? LogoCorner.BOTTOM_LEFT : LogoCorner.BOTTOM_RIGHT);
                    red.merge(quadrant, 1, Integer::sum);
                }
            }
        }
        return red;
    }

    /** Left, top, right, bottom of the red pixels, and how many there are. */
    private static int[] redBox(BufferedImage picture) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, 0};
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (isRed(picture.getRGB(x, y))) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                    box[4]++;
                }
            }
        }
        return box;
    }

    private static boolean isRed(int argb) {
        return alpha(argb) > 0 && red(argb) > 200 && green(argb) < 80 && blue(argb) < 80;
    }

    private static int halfway(int person, int brand) {
        return (red(person) * 128 + red(brand) * 127) / 255 << 16
                | (green(person) * 128 + green(brand) * 127) / 255 << 8
                | (blue(person) * 128 + blue(brand) * 127) / 255;
    }

    private static void assertColour(int expected, int actual, int tolerance, String where) {
        int worst = Math.max(
                Math.abs(red(expected) - red(actual)),
                Math.max(Math.abs(green(expected) - green(actual)), Math.abs(blue(expected) - blue(actual))));
        assertTrue(
                worst <= tolerance,
                where + ": expected " + String.format("#%06x", expected & 0xffffff) + " within " + tolerance + ", got "
                        + String.format("#%06x", actual & 0xffffff));
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    private static int red(int argb) {
        return argb >> 16 & 0xff;
    }

    private static int green(int argb) {
        return argb >> 8 & 0xff;
    }

    private static int blue(int argb) {
        return argb & 0xff;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static BufferedImage decoded(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertTrue(image != null, "a PNG");
            return image;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
