package org.headshots.node.infrastructure.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * The EXIF orientation read from any bytes: always 1 to 8 (1 when there is none or it cannot be read), never an
 * exception, and within memory proportional to the file. Seeds (ExifOrientationFuzzTestInputs): JPEG segments with
 * a big-endian IFD0 holding only the orientation, a little-endian one with an ASCII tag, an Exif sub-IFD and an IFD1,
 * and a whole small JPEG with an orientation.
 */
class ExifOrientationFuzzTest {

    /** metadata-extractor keeps each segment and its parsed values: the file a few times over, and its tables. */
    private static final long BYTES_PER_FILE_BYTE = 16;

    private static final long FIXED_BYTES = 4L * 1024 * 1024;

    @FuzzTest(maxDuration = "25s")
    @Timeout(5)
    void readsAnOrientationOrUpright(byte[] bytes) {
        ThreadAllocation allocation = ThreadAllocation.start();
        int orientation = ExifOrientation.of(bytes);
        allocation.assertAtMost(BYTES_PER_FILE_BYTE * bytes.length + FIXED_BYTES, "reading the orientation");
        assertTrue(orientation >= 1 && orientation <= 8, "orientation " + orientation);
    }
}
