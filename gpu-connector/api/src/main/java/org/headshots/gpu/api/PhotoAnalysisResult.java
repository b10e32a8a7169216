package org.headshots.gpu.api;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a node found in one photo: its size after EXIF orientation, the faces (largest first), its quality
 * measurements and, when asked for, the portrait matte as an 8-bit grey PNG and the upright photo as JPEG without
 * metadata with a thumbnail (each an empty array when not asked for).
 */
public record PhotoAnalysisResult(
        NodeAddress node,
        int width,
        int height,
        List<FaceResult> faces,
        byte[] mattePng,
        Duration work,
        PhotoQualityResult quality,
        byte[] normalizedJpeg,
        byte[] thumbnailJpeg)
        implements Serializable {

    public PhotoAnalysisResult {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(quality, "quality");
        faces = List.copyOf(faces);
        mattePng = mattePng == null ? new byte[0] : mattePng.clone();
        normalizedJpeg = normalizedJpeg == null ? new byte[0] : normalizedJpeg.clone();
        thumbnailJpeg = thumbnailJpeg == null ? new byte[0] : thumbnailJpeg.clone();
    }

    @Override
    public byte[] normalizedJpeg() {
        return normalizedJpeg.clone();
    }

    @Override
    public byte[] thumbnailJpeg() {
        return thumbnailJpeg.clone();
    }

    @Override
    public byte[] mattePng() {
        return mattePng.clone();
    }
}
