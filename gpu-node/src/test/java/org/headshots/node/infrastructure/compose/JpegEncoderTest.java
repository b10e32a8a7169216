package org.headshots.node.infrastructure.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class JpegEncoderTest {

    @Test
    void theJpegDecodesToTheSameSizeAndColours() throws IOException {
        BufferedImage image = new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0x204080 + (x / 2 << 16));
            }
        }
        byte[] jpeg = new JpegEncoder().encode(image);
        assertEquals(0xFF, jpeg[0] & 0xFF);
        assertEquals(0xD8, jpeg[1] & 0xFF);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(321, decoded.getWidth());
        assertEquals(123, decoded.getHeight());
        int original = image.getRGB(100, 60);
        int back = decoded.getRGB(100, 60);
        assertTrue(Math.abs((original >> 16 & 0xFF) - (back >> 16 & 0xFF)) < 8);
        assertFalse(new String(jpeg, StandardCharsets.ISO_8859_1).contains("Exif"), "no EXIF block");
    }

    @Test
    void lowerQualityGivesFewerBytes() {
        BufferedImage image = SyntheticSelfie.upright().photo();
        assertTrue(new JpegEncoder(0.5f).encode(image).length < new JpegEncoder(0.95f).encode(image).length);
    }

    @Test
    void qualityOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new JpegEncoder(1.5f));
        assertThrows(IllegalArgumentException.class, () -> new JpegEncoder(Float.NaN));
    }
}
