package org.headshots.node.infrastructure.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.headshots.node.domain.face.AlphaMatte;
import org.junit.jupiter.api.Test;

class SceneLightTest {

    /**
     * A room: a wall (the top fifth), a dark floor, a person of skin {@code skin} in the middle, all
     * under a light of colour (r, g, b) times {@code exposure}, with a little noise.
     */
    private static SceneLight light(int skin, double r, double g, double b, double exposure) {
        return light(room(skin, 0xE6E6E6, r, g, b, exposure));
    }

    /** The correction read from a room photo, the person in the middle as its matte says. */
    private static SceneLight light(BufferedImage room) {
        byte[] alpha = new byte[400 * 500];
        for (int y = 0; y < 500; y++) {
            for (int x = 0; x < 400; x++) {
                alpha[y * 400 + x] = (byte) (isPerson(x, y) ? 255 : 0);
            }
        }
        return SceneLight.of(room, new AlphaMatte(400, 500, alpha));
    }

    private static boolean isPerson(int x, int y) {
        return y >= 100 && Math.abs(x - 200) < 90 && y < 420;
    }

    private static BufferedImage room(int skin, int wall, double r, double g, double b, double exposure) {
        Random random = new Random(3);
        BufferedImage photo = new BufferedImage(400, 500, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 500; y++) {
            for (int x = 0; x < 400; x++) {
                int surface = y < 100 ? wall : isPerson(x, y) ? skin : 0x404040;
                int n = random.nextInt(7) - 3;
                photo.setRGB(x, y, lit(surface, r * exposure, g * exposure, b * exposure, n));
            }
        }
        return photo;
    }

    private static int lit(int p, double r, double g, double b, int noise) {
        return channel((p >> 16 & 0xFF) * r + noise) << 16
                | channel((p >> 8 & 0xFF) * g + noise) << 8
                | channel((p & 0xFF) * b + noise);
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    @Test
    void aNeutralWellExposedPhotoIsLeftAsItIs() {
        float[] gains = light(0xC89A82, 1, 1, 1, 1).gains();
        for (float gain : gains) {
            assertEquals(1, gain, 0.03, java.util.Arrays.toString(gains));
        }
    }

    @Test
    void aWarmBulbsCastIsTakenMostlyOut() {
        float[] gains = light(0xC89A82, 1.1, 1.0, 0.78, 1).gains();
        double before = 1.1 / 0.78;
        double after = 1.1 * gains[0] / (0.78 * gains[2]);
        assertTrue(after - 1 < (before - 1) * 0.45, "red over blue " + before + " became " + after);
    }

    @Test
    void aDimRoomIsBroughtUpAndABrightOneIsNotDarkened() {
        float[] dim = light(0xC89A82, 1, 1, 1, 0.6).gains();
        assertTrue(dim[1] > 1.25 && dim[1] <= SceneLight.MAX_EXPOSURE_GAIN, "dim: " + dim[1]);
        float[] bright = light(0xC89A82, 1, 1, 1, 1.08).gains();
        assertTrue(bright[1] >= 0.97, "bright: " + bright[1]);
    }

    @Test
    void everySkinToneUnderTheSameLightGetsTheSameCorrection() {
        float[] fair = light(0xF0C8B0, 1.05, 1, 0.85, 0.9).gains();
        float[] dark = light(0x5A3C2C, 1.05, 1, 0.85, 0.9).gains();
        assertArrayEquals(fair, dark, 0.001f);
    }

    @Test
    void aRoomWhoseBrightestPartsAreColouredSaysNothingAboutTheLight() {
        for (int wall : new int[] {0x50C850, 0xDC28C8, 0xE0A030}) {
            assertArrayEquals(
                    new float[] {1, 1, 1},
                    light(room(0xC89A82, wall, 1, 1, 1, 0.8)).gains(),
                    0.001f,
                    Integer.toHexString(wall));
        }
    }

    @Test
    void aRoomAsDarkAsAStudiosBlackIsLeftDark() {
        assertArrayEquals(
                new float[] {1, 1, 1},
                light(room(0xC89A82, 0x303030, 1, 1, 1, 1)).gains(),
                0.001f);
    }

    @Test
    void theCorrectionIsBounded() {
        float[] gains = SceneLight.gains(0.9, 0.5, 0.2);
        for (float gain : gains) {
            assertTrue(
                    gain >= (1 - SceneLight.MAX_BALANCE_GAIN) - 1e-6
                            && gain <= SceneLight.MAX_EXPOSURE_GAIN * (1 + SceneLight.MAX_BALANCE_GAIN) + 1e-6,
                    "" + gain);
        }
    }
}
