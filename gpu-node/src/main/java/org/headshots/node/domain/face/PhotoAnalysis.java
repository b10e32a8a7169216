package org.headshots.node.domain.face;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The faces in one photo, largest box first. */
public record PhotoAnalysis(int width, int height, List<AnalyzedFace> faces) {

    public PhotoAnalysis {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("photo size must be positive: " + width + "x" + height);
        }
        Objects.requireNonNull(faces, "faces");
        faces = faces.stream()
                .sorted(Comparator.comparingDouble((AnalyzedFace f) -> f.box().area())
                        .reversed())
                .toList();
    }
}
