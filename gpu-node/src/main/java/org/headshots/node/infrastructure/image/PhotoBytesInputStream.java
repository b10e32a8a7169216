package org.headshots.node.infrastructure.image;

import java.io.EOFException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Objects;
import javax.imageio.IIOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * A photo's bytes as the stream ImageIO's readers read: in place (ImageIO's stream over an input stream copies them
 * to a temporary file and makes each read a system call), with a cheap end of data, and two bounds that stop a
 * reader working on a damaged file far beyond what a photo of its declared size needs:
 *
 * <ul>
 *   <li>reads past the end: readers read a little past it (look-ahead), TwelveMonkeys' WebP lossless decoder once
 *       for each symbol coded in no bits, up to 4 a pixel in a flat image; but on a damaged stream it reads on past
 *       the end without end, taking what it finds there for 65,536 groups of code tables: 37 s and 1.7 GB
 *       allocated for 46 bytes;
 *   <li>the heap the reading thread allocates: each group takes some 26 kB, from 20 bits of a file or from what lies
 *       past its end, 49 MB for a damaged file of 67 bytes even within the reads past the end its size allows.
 * </ul>
 */
final class PhotoBytesInputStream extends ImageInputStreamImpl {

    /** For the headers, read before the image's size is known. */
    private static final long READS_PAST_END_BEFORE_SIZE = 4096;

    private static final long READS_PAST_END_PER_PIXEL = 8;

    /** What a reader may allocate for an image's pixels (stored as 16-bit RGBA, with temporaries) and for its tables. */
    static final long ALLOCATION_PER_PIXEL = 48;

    static final long ALLOCATION_FIXED = 16L * 1024 * 1024;

    /** Reads between two looks at the allocation: a look costs about as much as a few hundred reads. */
    private static final int READS_PER_ALLOCATION_CHECK = 256;

    /** Null on a runtime without HotSpot's per-thread allocation count: no heap bound there. */
    private static final com.sun.management.ThreadMXBean THREADS =
            ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads ? threads : null;

    private final byte[] bytes;
    private final EOFException end = new EndOfData();
    private final long allocatedBefore = allocated();
    private long readsPastEndAllowed = READS_PAST_END_BEFORE_SIZE;
    private long allocationAllowed = ALLOCATION_FIXED;
    private long readsPastEnd;
    private int readsSinceAllocationCheck;
    private boolean overAllocated;

    PhotoBytesInputStream(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    /** Allows what reading an image of this many pixels may take: reads past the end, and heap. */
    void allowFor(long pixels) {
        readsPastEndAllowed = READS_PAST_END_BEFORE_SIZE + READS_PAST_END_PER_PIXEL * pixels;
        allocationAllowed = ALLOCATION_FIXED + ALLOCATION_PER_PIXEL * pixels;
    }

    /** Whether a reader was stopped for reading past the end more often than allowed. */
    boolean wasReadTooFarPastEnd() {
        return readsPastEnd > readsPastEndAllowed;
    }

    /** Whether a reader was stopped for allocating more than allowed. */
    boolean wasOverAllocated() {
        return overAllocated;
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        checkAllocation();
        bitOffset = 0;
        if (streamPos >= bytes.length) {
            return pastEnd();
        }
        return bytes[(int) streamPos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkClosed();
        Objects.checkFromIndexSize(off, len, b.length);
        checkAllocation();
        bitOffset = 0;
        if (len == 0) {
            return 0;
        }
        if (streamPos >= bytes.length) {
            return pastEnd();
        }
        int n = (int) Math.min(len, bytes.length - streamPos);
        System.arraycopy(bytes, (int) streamPos, b, off, n);
        streamPos += n;
        return n;
    }

    @Override
    public byte readByte() throws IOException {
        int b = read();
        if (b < 0) {
            throw end;
        }
        return (byte) b;
    }

    @Override
    public int readUnsignedByte() throws IOException {
        int b = read();
        if (b < 0) {
            throw end;
        }
        return b;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public boolean isCached() {
        return true;
    }

    @Override
    public boolean isCachedMemory() {
        return true;
    }

    private void checkAllocation() throws IIOException {
        if (!overAllocated && ++readsSinceAllocationCheck < READS_PER_ALLOCATION_CHECK) {
            return;
        }
        readsSinceAllocationCheck = 0;
        if (overAllocated || allocated() - allocatedBefore > allocationAllowed) {
            overAllocated = true;
            throw new IIOException("the reader allocated more than " + allocationAllowed + " bytes");
        }
    }

    /** The heap this thread has allocated so far; 0 where the runtime does not count it. */
    private static long allocated() {
        return THREADS != null && THREADS.isThreadAllocatedMemoryEnabled()
                ? THREADS.getCurrentThreadAllocatedBytes()
                : 0;
    }

    private int pastEnd() throws IIOException {
        if (++readsPastEnd > readsPastEndAllowed) {
            throw new IIOException("read past the end of the data " + readsPastEnd + " times");
        }
        return -1;
    }

    /** Thrown once for every read past the end, made once: a flat WebP of a million pixels ends 4 million times. */
    private static final class EndOfData extends EOFException {

        private static final long serialVersionUID = 1L;

        EndOfData() {
            super("the file ends too early");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
