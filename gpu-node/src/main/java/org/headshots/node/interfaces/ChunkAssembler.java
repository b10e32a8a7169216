package org.headshots.node.interfaces;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.headshots.gpu.wire.v1.ImageChunk;
import org.headshots.node.domain.NodeRefusal;

/** Puts the photos of a request back together from their chunks, refusing what breaks the contract. */
final class ChunkAssembler {

    /** The largest photo the node accepts. */
    static final int MAX_PHOTO_BYTES = 50 * 1024 * 1024;

    private final int expected;
    private final List<byte[]> photos = new ArrayList<>();
    private ByteArrayOutputStream current = new ByteArrayOutputStream();

    /** @param expected how many photos the request announced */
    ChunkAssembler(int expected) throws NodeRefusal {
        if (expected < 1) {
            throw NodeRefusal.invalid("the request announces no photo");
        }
        this.expected = expected;
    }

    /** @throws NodeRefusal of kind invalid when a chunk is out of order, too much, or makes a photo too large */
    void add(ImageChunk chunk) throws NodeRefusal {
        if (chunk.getImage() != photos.size()) {
            throw NodeRefusal.invalid(
                    "chunk of photo " + chunk.getImage() + " arrived while photo " + photos.size() + " was expected");
        }
        if (photos.size() >= expected) {
            throw NodeRefusal.invalid("more photos than the " + expected + " announced");
        }
        if ((long) current.size() + chunk.getData().size() > MAX_PHOTO_BYTES) {
            throw NodeRefusal.invalid(
                    "photo " + chunk.getImage() + " is larger than " + MAX_PHOTO_BYTES / (1024 * 1024) + " MB");
        }
        current.writeBytes(chunk.getData().toByteArray());
        if (chunk.getLast()) {
            photos.add(current.toByteArray());
            current = new ByteArrayOutputStream();
        }
    }

    /** @throws NodeRefusal of kind invalid when photos are missing or the last one was not finished */
    List<byte[]> photos() throws NodeRefusal {
        if (photos.size() != expected || current.size() > 0) {
            throw NodeRefusal.invalid("the request ended after " + photos.size() + " of " + expected + " photos");
        }
        return List.copyOf(photos);
    }
}
