package org.headshots.node.domain.face;

import java.util.List;

public record PhotoAnalysis(int width, int height, List<AnalyzedFace> faces) {
}
