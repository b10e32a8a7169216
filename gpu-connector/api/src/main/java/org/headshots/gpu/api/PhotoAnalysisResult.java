package org.headshots.gpu.api;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a node found in one photo: its size after EXIF orientation, the faces (largest first) and,
 * when asked for, the portrait matte as an 8-bit grey PNG (else an empty array).
 */
public record PhotoAnalysisResult(NodeAddress node, int width, int height, List<FaceResult> faces,
        byte[] mattePng, Duration work) implements Serializable {

    public PhotoAnalysisResult {
        Objects.requireNonNull(node, "node");
        faces = List.copyOf(faces);
        mattePng = mattePng == null ? new byte[0] : mattePng.clone();
    }

    @Override
    public byte[] mattePng() {
        return mattePng.clone();
    }
}
