package org.headshots.node.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentReferencesTest {

    @Test
    void jobsSendingTheSamePhotosShareOnePreparation() throws Exception {
        RecentReferences<String> recent = new RecentReferences<>(2);
        AtomicInteger prepared = new AtomicInteger();

        String first = recent.of("aa").get(() -> "prepared " + prepared.incrementAndGet(), () -> false);
        String second = recent.of("aa").get(() -> "prepared " + prepared.incrementAndGet(), () -> false);

        assertEquals("prepared 1", first);
        assertSame(first, second);
        assertEquals(1, prepared.get());
    }

    @Test
    void theLeastRecentlyUsedPersonGoesFirst() {
        RecentReferences<String> recent = new RecentReferences<>(2);
        Once<String> a = recent.of("aa");
        Once<String> b = recent.of("bb");
        assertSame(a, recent.of("aa"));
        recent.of("cc");

        assertSame(a, recent.of("aa"), "used last, kept");
        assertNotSame(b, recent.of("bb"), "the least recently used was let go");
    }
}
