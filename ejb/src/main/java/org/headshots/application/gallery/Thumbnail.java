package org.headshots.application.gallery;

/** A small JPEG, with its size in pixels, to sit in a spreadsheet's row. */
public record Thumbnail(byte[] jpeg, int width, int height) {

    public Thumbnail {
        if (jpeg == null || jpeg.length == 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A thumbnail has a JPEG and a size");
        }
    }
}
