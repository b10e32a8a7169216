package org.headshots.node.domain.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutputSizeTest {

    @Test
    void aCropWithEnoughPixelsKeepsItsOwnSize() {
        assertEquals(new OutputSize(1200, 1500, false), OutputSize.forCrop(1200, 1500));
        assertEquals(new OutputSize(1100, 1100, false), OutputSize.forCrop(1100.2, 1100.2));
    }

    @Test
    void aLargeCropIsShrunkTo2048OnItsLongSide() {
        assertEquals(new OutputSize(1638, 2048, false), OutputSize.forCrop(3200, 4000));
        assertEquals(new OutputSize(2048, 2048, false), OutputSize.forCrop(5000, 5000));
    }

    @Test
    void aSmallCropIsEnlargedTo1024OnItsShortSideAndSaysSo() {
        assertEquals(new OutputSize(1024, 1280, true), OutputSize.forCrop(400, 500));
        assertEquals(new OutputSize(1024, 1024, true), OutputSize.forCrop(1023, 1023));
    }

    @Test
    void sizesOutsideTheLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OutputSize(1000, 1280, false));
        assertThrows(IllegalArgumentException.class, () -> new OutputSize(1024, 2100, false));
        assertThrows(IllegalArgumentException.class, () -> OutputSize.forCrop(0, 100));
        assertThrows(IllegalArgumentException.class, () -> OutputSize.forCrop(100, 500));
    }
}
