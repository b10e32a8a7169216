package org.headshots.node.infrastructure.pipeline;

import java.util.List;
import org.headshots.node.domain.face.FivePoints;
import org.headshots.node.domain.face.Point;

/** Brings a face onto the standard ArcFace 112 × 112 five-point template by a least-squares similarity. */
public final class FaceAligner {

    public static final int SIZE = 112;

    /** Eye centres, nose tip and mouth corners of the ArcFace template, in pixels of the 112 × 112 crop. */
    public static final List<Point> ARCFACE_TEMPLATE = List.of(
            new Point(38.2946f, 51.6963f),
            new Point(73.5318f, 51.5014f),
            new Point(56.0252f, 71.7366f),
            new Point(41.5493f, 92.3655f),
            new Point(70.7299f, 92.2041f));

    /**
     * The transform taking photo coordinates to the aligned crop's coordinates. Both have pixel edges at integers
     * (pixel (0, 0) spans 0..1); the template's published numbers put pixel centres at integers, hence the half
     * pixel added to them.
     */
    public SimilarityTransform photoToAligned(FivePoints face) {
        List<Point> template = ARCFACE_TEMPLATE.stream()
                .map(p -> new Point(p.x() + 0.5f, p.y() + 0.5f))
                .toList();
        return SimilarityTransform.estimate(face.asList(), template);
    }

    /** The aligned 112 × 112 face as planar RGB, normalised as given. */
    public float[] alignedPlanarRgb(RgbImage photo, FivePoints face, RgbImage.Normalisation normalisation) {
        PixelMapping mapping = photoToAligned(face).inverse().asPixelMapping();
        return photo.planarRgb(mapping, SIZE, SIZE, normalisation);
    }
}
