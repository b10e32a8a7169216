package org.headshots.node.infrastructure.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.headshots.node.domain.face.FaceBox;

/** Greedy non-maximum suppression: keeps the best-scoring box and drops those overlapping it too much. */
public final class NonMaximumSuppression {

    private final float maxIou;

    /** @param maxIou boxes overlapping a kept box by more than this intersection over union are dropped */
    public NonMaximumSuppression(float maxIou) {
        if (!(maxIou > 0 && maxIou <= 1)) {
            throw new IllegalArgumentException("the IoU threshold must be in (0, 1]: " + maxIou);
        }
        this.maxIou = maxIou;
    }

    /** The kept boxes, best score first. */
    public List<FaceBox> apply(List<FaceBox> candidates) {
        List<FaceBox> remaining = new ArrayList<>(candidates);
        remaining.sort(Comparator.comparingDouble(FaceBox::score).reversed());
        List<FaceBox> kept = new ArrayList<>();
        for (FaceBox box : remaining) {
            if (kept.stream().noneMatch(k -> k.iou(box) > maxIou)) {
                kept.add(box);
            }
        }
        return List.copyOf(kept);
    }
}
