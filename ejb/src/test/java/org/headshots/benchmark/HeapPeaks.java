package org.headshots.benchmark;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** What the benchmarks report of memory: the heap's peaks since {@link #reset}, and a sink that only counts bytes. */
public final class HeapPeaks {

    private HeapPeaks() {}

    public static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** "peak old generation 14.9 MiB, peak heap (all pools) 53.7 MiB, max heap 64 MiB" */
    public static String report() {
        long oldPeak = 0;
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPeak += pool.getPeakUsage().getUsed();
                if (pool.getName().contains("Old")) {
                    oldPeak = pool.getPeakUsage().getUsed();
                }
            }
        }
        return String.format(
                "peak old generation %.1f MiB, peak heap (all pools) %.1f MiB, max heap %.0f MiB",
                oldPeak / 1048576.0, heapPeak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** An output that keeps nothing and counts what it was given. */
    public static final class CountingSink extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        public long bytes() {
            return bytes;
        }
    }
}
