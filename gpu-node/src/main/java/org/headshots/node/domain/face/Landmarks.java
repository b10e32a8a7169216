package org.headshots.node.domain.face;

import java.util.List;

public record Landmarks(List<Point> points) {
    public FivePoints fivePoints() {
        throw new UnsupportedOperationException("placeholder until the pipelines branch is merged");
    }
}
