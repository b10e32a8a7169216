package org.headshots.node.domain.face;

/** A position in a photo, in pixels. */
public record Point(float x, float y) {
}
