package org.headshots.node.infrastructure.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.headshots.node.application.UnreadablePhotoException;
import org.junit.jupiter.api.Test;

class PhotoDecoderTest {

    private static final int RED = 0xFF0000;
    private static final int GREEN = 0x00FF00;
    private static final int BLUE = 0x0000FF;
    private static final int WHITE = 0xFFFFFF;

    private final PhotoDecoder decoder = new PhotoDecoder();

    /** 40 wide, 20 high: red top-left, green top-right, blue bottom-left, white bottom-right quarters. */
    private static BufferedImage quarters() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, y < 10 ? (x < 20 ? RED : GREEN) : (x < 20 ? BLUE : WHITE));
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    /** The JPEG with a big-endian APP1 Exif segment holding only the orientation tag, right after SOI. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.putShort((short) 0xFFE1).putShort((short) (exif.capacity() - 2));
        exif.put(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        exif.put(new byte[] {'M', 'M', 0, 42}).putInt(8); // TIFF header, IFD0 at offset 8
        exif.putShort((short) 1); // one entry
        exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        exif.putInt(0); // no next IFD
        byte[] out = new byte[jpeg.length + exif.capacity()];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(exif.array(), 0, out, 2, exif.capacity());
        System.arraycopy(jpeg, 2, out, 2 + exif.capacity(), jpeg.length - 2);
        return out;
    }

    private static void assertColour(int expected, int actual, String where) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = expected >> shift & 0xFF;
            int a = actual >> shift & 0xFF;
            assertTrue(Math.abs(e - a) < 40, where + ": expected " + Integer.toHexString(expected) + ", got "
                    + Integer.toHexString(actual & 0xFFFFFF));
        }
    }

    @Test
    void decodesAPngAsIs() throws Exception {
        BufferedImage decoded = decoder.decode(encode(quarters(), "png"));
        assertEquals(BufferedImage.TYPE_INT_RGB, decoded.getType());
        assertEquals(40, decoded.getWidth());
        assertEquals(RED, decoded.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(WHITE, decoded.getRGB(39, 19) & 0xFFFFFF);
    }

    @Test
    void expandsGrayscaleWithoutChangingItsValues() throws Exception {
        BufferedImage gray = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(1, 2, 0, 100);
        BufferedImage decoded = decoder.decode(encode(gray, "png"));
        assertEquals(0x646464, decoded.getRGB(1, 2) & 0xFFFFFF);
        assertEquals(0, decoded.getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void turnsAJpegUprightByItsExifOrientation() throws Exception {
        byte[] jpeg = withOrientation(encode(quarters(), "jpg"), 6);
        assertEquals(6, ExifOrientation.of(jpeg));
        BufferedImage upright = decoder.decode(jpeg);
        // 6: the stored pixels need a quarter turn clockwise, so the left column becomes the top row
        assertEquals(20, upright.getWidth());
        assertEquals(40, upright.getHeight());
        assertColour(BLUE, upright.getRGB(2, 2), "top-left");
        assertColour(RED, upright.getRGB(17, 2), "top-right");
        assertColour(WHITE, upright.getRGB(2, 37), "bottom-left");
        assertColour(GREEN, upright.getRGB(17, 37), "bottom-right");
    }

    @Test
    void everyOrientationPutsTheRedQuarterWhereItBelongs() {
        BufferedImage stored = quarters();
        // where the red (stored top-left) quarter ends up: [x, y] as fractions of the upright image
        double[][] redAt = {{0, 0}, {0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 1}, {0, 1}};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = ExifOrientation.upright(stored, orientation);
            int x = (int) Math.round(redAt[orientation][0] * (upright.getWidth() - 1));
            int y = (int) Math.round(redAt[orientation][1] * (upright.getHeight() - 1));
            assertEquals(RED, upright.getRGB(x, y) & 0xFFFFFF, "orientation " + orientation);
        }
    }

    @Test
    void aJpegWithoutExifIsUpright() throws Exception {
        assertEquals(ExifOrientation.UPRIGHT, ExifOrientation.of(encode(quarters(), "jpg")));
    }

    @Test
    void refusesAnEmptyFile() {
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.decode(new byte[0]));
        assertTrue(e.getMessage().contains("not a photo this node can read"), e.getMessage());
    }

    @Test
    void refusesBytesThatAreNoImage() {
        byte[] text = "this is not a photo at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.decode(text));
        assertTrue(e.getMessage().contains("not a photo") && e.getMessage().contains("JPEG, PNG or WebP"), e.getMessage());
    }

    @Test
    void refusesACorruptPng() throws Exception {
        byte[] png = encode(quarters(), "png");
        for (int i = 40; i < png.length - 12; i++) {
            png[i] = (byte) 0x5A; // the pixel data, past the header
        }
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.decode(png));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void refusesATruncatedJpeg() throws Exception {
        BufferedImage noisy = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                noisy.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        byte[] jpeg = encode(noisy, "jpg");
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.decode(truncated));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void refusesAHugeDeclaredSizeBeforeDecodingThePixels() throws Exception {
        byte[] png = encode(quarters(), "png");
        // IHDR data starts at byte 16: width, height (big-endian), then its CRC over type + data at 29
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, 100_000).putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        header.putInt(29, (int) crc.getValue());
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.decode(png));
        assertTrue(e.getMessage().contains("100000×100000") && e.getMessage().contains("at most 50.0 megapixels"),
                e.getMessage());
    }

    @Test
    void theLimitIsConfigurable() throws Exception {
        byte[] png = encode(quarters(), "png"); // 800 pixels
        assertEquals(40, new PhotoDecoder(800).decode(png).getWidth());
        assertThrows(UnreadablePhotoException.class, () -> new PhotoDecoder(799).decode(png));
    }
}
