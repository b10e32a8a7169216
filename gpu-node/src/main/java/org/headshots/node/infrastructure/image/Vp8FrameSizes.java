package org.headshots.node.infrastructure.image;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The sizes the lossy (VP8) bitstreams in a WebP file declare, against the image or animation frame that holds them.
 * TwelveMonkeys' decoder sizes its tables by the bitstream's own header, not by the size the file declares (which is
 * what the pixel limit is checked against): 46 bytes declaring a 16×16 image held a bitstream of 7494×10753 pixels,
 * and 34 MB of tables for it. A bitstream larger than what holds it is a damaged file.
 */
final class Vp8FrameSizes {

    private static final int CHUNK_HEADER = 8;
    private static final int FRAME_HEADER = 10;
    private static final int ANIMATION_FRAME_HEADER = 16;

    private Vp8FrameSizes() {}

    /** The first VP8 bitstream larger than the image or frame holding it, said for people; none in a sound file. */
    static Optional<String> firstOversized(byte[] webp, long width, long height) {
        return walk(webp, 12, riffEnd(webp), width, height);
    }

    /** The chunks from {@code from} on while they start before {@code to}, as the decoder reads them. */
    private static Optional<String> walk(byte[] b, long from, long to, long width, long height) {
        long at = from;
        while (at < to && at + CHUNK_HEADER <= b.length) {
            String fourCc = new String(b, (int) at, 4, StandardCharsets.ISO_8859_1);
            long size = uint(b, at + 4, 4);
            long data = at + CHUNK_HEADER;
            if (fourCc.equals("VP8 ") && data + FRAME_HEADER <= b.length) {
                long frameWidth = uint(b, data + 6, 2) & 0x3FFF;
                long frameHeight = uint(b, data + 8, 2) & 0x3FFF;
                if (frameWidth > width || frameHeight > height) {
                    return Optional.of("its image data is " + frameWidth + "×" + frameHeight
                            + " pixels, the file declares " + width + "×" + height);
                }
            } else if (fourCc.equals("ANMF") && data + ANIMATION_FRAME_HEADER <= b.length) {
                Optional<String> inFrame = walk(
                        b,
                        data + ANIMATION_FRAME_HEADER,
                        data + size,
                        uint(b, data + 6, 3) + 1,
                        uint(b, data + 9, 3) + 1);
                if (inFrame.isPresent()) {
                    return inFrame;
                }
            }
            at = data + size + (size & 1);
        }
        return Optional.empty();
    }

    private static long riffEnd(byte[] b) {
        return CHUNK_HEADER + uint(b, 4, 4);
    }

    /** Little-endian, as RIFF and VP8 store numbers. */
    private static long uint(byte[] b, long at, int bytes) {
        long value = 0;
        for (int i = bytes - 1; i >= 0; i--) {
            value = value << 8 | (b[(int) at + i] & 0xFF);
        }
        return value;
    }
}
