package org.headshots.application.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HeadshotImagesTest {

    @Test
    void aSmallPictureIsDecodedFromEveryNthPixelKeepingTwiceItsSide() throws IOException {
        byte[] headshot = halves(1024, 1280);

        BufferedImage forRow = HeadshotImages.decodeForSide(headshot, 72);
        BufferedImage forGallery = HeadshotImages.decodeForSide(headshot, 320);

        assertEquals(1280 / 8, forRow.getHeight(), "every 8th row: 160 rows, at least twice 72");
        assertEquals(1024 / 8, forRow.getWidth());
        assertEquals(640, forGallery.getHeight(), "every 2nd row: at least twice 320");
        assertEquals(Color.RED.getRGB(), nearest(forRow.getRGB(forRow.getWidth() / 4, forRow.getHeight() / 2)));
        assertEquals(Color.BLUE.getRGB(), nearest(forRow.getRGB(3 * forRow.getWidth() / 4, forRow.getHeight() / 2)));
    }

    @Test
    void aPictureLargerThanHalfTheImageIsDecodedWhole() throws IOException {
        BufferedImage whole = HeadshotImages.decodeForSide(halves(600, 750), 400);

        assertEquals(600, whole.getWidth());
        assertEquals(750, whole.getHeight());
    }

    @Test
    void bytesThatAreNoImageAreRefused() {
        assertThrows(IllegalStateException.class, () -> HeadshotImages.decodeForSide(new byte[] {1, 2, 3, 4}, 72));
    }

    /** Red on the left, blue on the right, as a JPEG. */
    private static byte[] halves(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        return jpeg.toByteArray();
    }

    /** Red or blue, whichever the JPEG's slightly shifted colour is closer to. */
    private static int nearest(int rgb) {
        Color c = new Color(rgb);
        return (c.getRed() > c.getBlue() ? Color.RED : Color.BLUE).getRGB();
    }
}
