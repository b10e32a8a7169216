package org.headshots.node.infrastructure.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.headshots.node.application.DecodedPhoto;
import org.headshots.node.application.PhotoLimits;
import org.headshots.node.application.UnreadablePhotoException;
import org.headshots.node.domain.quality.StoredPhoto;
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
        exif.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
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
            assertTrue(
                    Math.abs(e - a) < 40,
                    where + ": expected " + Integer.toHexString(expected) + ", got "
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
        assertTrue(
                e.getMessage().contains("not a photo") && e.getMessage().contains("JPEG, PNG or WebP"), e.getMessage());
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
        byte[] png = pngDeclaring(100_000, 100_000);
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.decode(png));
        assertTrue(
                e.getMessage().contains("100000×100000") && e.getMessage().contains("at most 50.0 megapixels"),
                e.getMessage());
    }

    @Test
    void theLimitIsConfigurable() throws Exception {
        byte[] png = encode(quarters(), "png"); // 800 pixels
        assertEquals(40, new PhotoDecoder(800).decode(png).getWidth());
        assertThrows(UnreadablePhotoException.class, () -> new PhotoDecoder(799).decode(png));
    }

    @Test
    void readsACmykJpeg() throws Exception {
        // C, M, Y, K samples as Adobe stores them (inverted: 255 = no ink): cyan ink left, no ink right
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 40, 20, 4, null);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                cmyk.setPixel(x, y, x < 20 ? new int[] {0, 255, 255, 255} : new int[] {255, 255, 255, 255});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(cmyk, null, null), null);
        } finally {
            writer.dispose();
        }
        // an Adobe APP14 segment saying "CMYK, no colour transform", as Photoshop and print workflows write
        byte[] raw = bytes.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        byte[] jpeg = new byte[raw.length + adobe.length];
        System.arraycopy(raw, 0, jpeg, 0, 2);
        System.arraycopy(adobe, 0, jpeg, 2, adobe.length);
        System.arraycopy(raw, 2, jpeg, 2 + adobe.length, raw.length - 2);
        DecodedPhoto photo = decoder.read(jpeg);
        assertEquals(new StoredPhoto("jpeg", 40, 20, 1), photo.stored());
        int left = photo.image().getRGB(5, 10);
        int right = photo.image().getRGB(35, 10);
        // cyan: little red, much green and blue; no ink: white
        assertTrue(((left >> 16) & 0xFF) < 100 && (left & 0xFF) > 150, Integer.toHexString(left));
        assertTrue(
                ((right >> 16) & 0xFF) > 200 && ((right >> 8) & 0xFF) > 200 && (right & 0xFF) > 200,
                Integer.toHexString(right));
    }

    @Test
    void readsAProgressiveJpeg() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(quarters(), null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = bytes.toByteArray();
        assertTrue(containsMarker(jpeg, 0xC2), "a progressive JPEG has an SOF2 segment");
        BufferedImage image = decoder.decode(jpeg);
        assertColour(RED, image.getRGB(5, 5), "top left");
        assertColour(WHITE, image.getRGB(35, 15), "bottom right");
    }

    @Test
    void readsA16BitPng() throws Exception {
        ComponentColorModel model = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_sRGB),
                false,
                false,
                java.awt.Transparency.OPAQUE,
                DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(40, 20);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                raster.setPixel(x, y, x < 20 ? new int[] {65535, 0, 0} : new int[] {0, 0, 65535});
            }
        }
        byte[] png = encode(new BufferedImage(model, raster, false, null), "png");
        assertEquals(16, png[24], "bit depth in IHDR");
        DecodedPhoto photo = decoder.read(png);
        assertEquals("png", photo.stored().format());
        assertColour(RED, photo.image().getRGB(5, 5), "left");
        assertColour(BLUE, photo.image().getRGB(35, 5), "right");
    }

    @Test
    void laysATransparentPngOverWhite() throws Exception {
        BufferedImage argb = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                argb.setRGB(x, y, x < 20 ? 0xFF000000 | BLUE : 0x00000000);
            }
        }
        BufferedImage image = decoder.decode(encode(argb, "png"));
        assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
        assertColour(BLUE, image.getRGB(5, 5), "opaque half");
        assertColour(WHITE, image.getRGB(35, 5), "transparent half");
    }

    @Test
    void readsWebp() throws Exception {
        // CPython's 16 × 16 test logo: lossy VP8 with an alpha channel (see PROVENANCE.md)
        DecodedPhoto photo = decoder.read(pythonWebp());
        assertEquals(new StoredPhoto("webp", 16, 16, 1), photo.stored());
        assertColour(WHITE, photo.image().getRGB(0, 0), "transparent corner");
    }

    @Test
    void refusesADamagedLosslessWebpWhoseDecoderWouldReadOnPastItsEnd() {
        // found by PhotoDecoderFuzzTest: TwelveMonkeys' decoder took what lies past the end of these 46 bytes for
        // 65,536 groups of code tables, 37 s and 1.7 GB allocated before the reads past the end were bounded
        byte[] webp = Base64.getDecoder().decode("UklGRiYAAABXRUJQVlA4TBkAAAAvA8AAEDTA/wH+D/B/gP8CiBCpMu9273YDAA==");
        UnreadablePhotoException e = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> assertThrows(UnreadablePhotoException.class, () -> decoder.read(webp)));
        assertTrue(e.getMessage().contains("damaged or incomplete"), e.getMessage());
    }

    @Test
    void readsAFlatLosslessWebpOfAMillionPixelsInMomentsNotAMinute() {
        // 34 bytes: every pixel coded in no bits, so the decoder reads past the end 4 times a pixel (59 s through
        // ImageIO's file-cached stream)
        byte[] webp = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAv58P5AChyySrT/wIAAA==");
        DecodedPhoto photo = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> decoder.read(webp));
        assertEquals(new StoredPhoto("webp", 1000, 1000, 1), photo.stored());
        assertEquals(0x64C832, photo.image().getRGB(999, 999) & 0xFFFFFF);
    }

    @Test
    void refusesAWebpWhoseImageDataIsLargerThanItDeclaresWithoutAllocatingForIt() throws Exception {
        // found by PhotoDecoderFuzzTest: TwelveMonkeys sizes its tables by the VP8 bitstream's own header, here
        // 16383×16383 in a 16×16 image: 108 MB of tables before
        byte[] webp = pythonWebp();
        int frame = indexOf(webp, "VP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) + 8;
        ByteBuffer.wrap(webp).order(java.nio.ByteOrder.LITTLE_ENDIAN).putShort(frame + 6, (short) 0x3FFF);
        ByteBuffer.wrap(webp).order(java.nio.ByteOrder.LITTLE_ENDIAN).putShort(frame + 8, (short) 0x3FFF);
        decoder.read(pythonWebp()); // the WebP reader's classes loaded, not counted below
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.read(webp));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains("16383×16383"), e.getMessage());
        assertTrue(allocated < 4L * 1024 * 1024, "allocated " + allocated + " bytes");
    }

    @Test
    void refusesAPhotoLongerOnASideThanAJpegHolds() throws Exception {
        // found by PhotoDecoderFuzzTest: a 70672×1 WebP decoded, then failed as the normalized JPEG was written
        byte[] tooLong = encode(new BufferedImage(PhotoDecoder.MAX_SIDE + 1, 1, BufferedImage.TYPE_INT_RGB), "png");
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.read(tooLong));
        assertTrue(e.getMessage().contains("65501×1") && e.getMessage().contains("65,500"), e.getMessage());
        byte[] longest = encode(new BufferedImage(1, PhotoDecoder.MAX_SIDE, BufferedImage.TYPE_INT_RGB), "png");
        BufferedImage upright = decoder.decode(longest);
        assertTrue(new PhotoInspector().render(upright, 320).normalizedJpeg().length > 0);
    }

    @Test
    void stopsAReaderThatAllocatesFarMoreThanThePhotoNeeds() throws Exception {
        // found by PhotoDecoderFuzzTest: 67 bytes declaring a small lossless WebP whose code tables, read from
        // what lies past the end, took 49 MB
        byte[] webp = Base64.getDecoder()
                .decode("UklGRiYAAABXRUJQVlA4TBkAAAAvA8AABrTAQUxQSPv7+/v7+/v7+/v7+/v7+/v7+9v4zEiy90UwfSD9NgAAwEMBAA==");
        decoder.read(pythonWebp()); // the WebP reader's classes loaded, not counted below
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.read(webp));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertTrue(allocated < PhotoBytesInputStream.ALLOCATION_FIXED + 4L * 1024 * 1024, "allocated " + allocated);
    }

    @Test
    void refusesHeicWithAdviceForIphones() {
        byte[] heic = new byte[64];
        ByteBuffer.wrap(heic)
                .putInt(24)
                .put("ftypheic".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(0)
                .put("mif1heic".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.decode(heic));
        assertTrue(e.getMessage().contains("HEIC") && e.getMessage().contains("Most Compatible"), e.getMessage());
        byte[] generic = heic.clone();
        System.arraycopy("mif1".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, generic, 8, 4);
        assertTrue(assertThrows(UnreadablePhotoException.class, () -> decoder.decode(generic))
                .getMessage()
                .contains("HEIC"));
    }

    @Test
    void judgesByTheBytesNotByWhatTheyClaim() throws Exception {
        byte[] gif = encode(quarters(), "gif");
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.decode(gif));
        assertTrue(e.getMessage().contains("JPEG, PNG or WebP"), e.getMessage());
        byte[] riffNotWebp = "RIFF\0\0\0\0WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThrows(UnreadablePhotoException.class, () -> decoder.decode(riffNotWebp));
    }

    @Test
    void refuses20000By20000PixelsWithoutAllocatingThem() throws Exception {
        byte[] png = pngDeclaring(20_000, 20_000);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> decoder.decode(png));
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertTrue(
                e.getMessage().contains("20000×20000") && e.getMessage().contains("400.0 megapixels"), e.getMessage());
        // the pixels would take 1.2 GB as RGB; the refusal itself a few kilobytes to megabytes of buffers
        assertTrue(allocated < 16L * 1024 * 1024, "allocated " + allocated + " bytes");
    }

    @Test
    void refusesTooManyBytesBeforeReadingThem() throws Exception {
        byte[] png = encode(quarters(), "png");
        PhotoDecoder small = new PhotoDecoder(new PhotoLimits(png.length - 1, 1_000_000));
        UnreadablePhotoException e = assertThrows(UnreadablePhotoException.class, () -> small.decode(png));
        assertTrue(e.getMessage().contains("MB"), e.getMessage());
        assertEquals(
                40,
                new PhotoDecoder(new PhotoLimits(png.length, 1_000_000))
                        .decode(png)
                        .getWidth());
    }

    @Test
    void recordsHowTheFileStoredThePhoto() throws Exception {
        BufferedImage wide = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        DecodedPhoto photo = decoder.read(withOrientation(encode(wide, "jpeg"), 6));
        assertEquals(new StoredPhoto("jpeg", 40, 20, 6), photo.stored());
        assertEquals(20, photo.image().getWidth());
        assertEquals(40, photo.image().getHeight());
    }

    private static byte[] pythonWebp() throws IOException {
        try (java.io.InputStream in = PhotoDecoderTest.class.getResourceAsStream("/photos/python.webp")) {
            return in.readAllBytes();
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static boolean containsMarker(byte[] jpeg, int marker) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
                return true;
            }
        }
        return false;
    }

    /** A small PNG whose header declares {@code width} × {@code height} pixels, its checksum right. */
    private static byte[] pngDeclaring(int width, int height) throws Exception {
        byte[] png = encode(quarters(), "png");
        // IHDR data starts at byte 16: width, height (big-endian), then its CRC over type + data at 29
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        header.putInt(29, (int) crc.getValue());
        return png;
    }
}
