package org.headshots.node.infrastructure.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;

/** The bytes the current thread allocates on the heap from {@link #start()} on: how the fuzz tests bound memory. */
final class ThreadAllocation {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();

    private final long startBytes;
    private final long startClasses;

    private ThreadAllocation() {
        this.startClasses = CLASSES.getTotalLoadedClassCount();
        this.startBytes = THREADS.getCurrentThreadAllocatedBytes();
    }

    static ThreadAllocation start() {
        return new ThreadAllocation();
    }

    /**
     * Fails when more than {@code allowed} bytes were allocated. Not checked when classes were loaded meanwhile:
     * loading them (fuzzing, with Jazzer instrumenting them) allocates far more than the code under test, once.
     */
    void assertAtMost(long allowed, String what) {
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - startBytes;
        if (CLASSES.getTotalLoadedClassCount() == startClasses) {
            assertTrue(
                    allocated <= allowed, what + " allocated " + allocated + " bytes, at most " + allowed + " allowed");
        }
    }
}
