package org.headshots.node.domain.face;

public record Point(float x, float y) {
}
