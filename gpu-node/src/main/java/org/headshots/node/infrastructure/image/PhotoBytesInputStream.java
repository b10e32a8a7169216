package org.headshots.node.infrastructure.image;

import java.io.EOFException;
import java.io.IOException;
import java.util.Objects;
import javax.imageio.IIOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * A photo's bytes as the stream ImageIO's readers read: in place (ImageIO's stream over an input stream copies them
 * to a temporary file and makes each read a system call), with a cheap end of data, and a bound on reading past it.
 * Readers read a little past the end (look-ahead), and TwelveMonkeys' WebP lossless decoder once for each symbol
 * coded in no bits, up to 4 a pixel in a flat image; but on a damaged stream it reads on past the end without end,
 * building up to 65,536 code tables from what it finds there: seconds and hundreds of megabytes for 46 bytes.
 */
final class PhotoBytesInputStream extends ImageInputStreamImpl {

    /** For the headers, read before the image's size is known. */
    private static final long READS_PAST_END_BEFORE_SIZE = 4096;

    private static final long READS_PAST_END_PER_PIXEL = 8;

    private final byte[] bytes;
    private final EOFException end = new EndOfData();
    private long readsPastEndAllowed = READS_PAST_END_BEFORE_SIZE;
    private long readsPastEnd;

    PhotoBytesInputStream(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    /** Allows the reads past the end that decoding an image of this many pixels may take. */
    void allowReadsPastEndFor(long pixels) {
        readsPastEndAllowed = READS_PAST_END_BEFORE_SIZE + READS_PAST_END_PER_PIXEL * pixels;
    }

    /** Whether a reader was stopped for reading past the end more often than allowed. */
    boolean wasReadTooFarPastEnd() {
        return readsPastEnd > readsPastEndAllowed;
    }

    @Override
    public int read() throws IOException {
        checkClosed();
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
