package org.headshots.application;

import java.nio.ByteBuffer;

/** A face embedding as the bytes it is sealed in: its floats one after the other, big-endian. */
public final class EmbeddingBytes {

    private EmbeddingBytes() {}

    public static byte[] of(float[] embedding) {
        ByteBuffer buffer = ByteBuffer.allocate(embedding.length * Float.BYTES);
        buffer.asFloatBuffer().put(embedding);
        return buffer.array();
    }

    public static float[] floats(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        float[] values = new float[buffer.remaining() / Float.BYTES];
        buffer.asFloatBuffer().get(values);
        return values;
    }
}
