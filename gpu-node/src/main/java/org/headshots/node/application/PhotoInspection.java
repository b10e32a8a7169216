package org.headshots.node.application;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.quality.PhotoQuality;

/** Measures a decoded photo's quality and renders it for storage. */
public interface PhotoInspection {

    /** The photo's quality; the face measurements are those of {@code face} (the largest), none without one. */
    PhotoQuality measure(DecodedPhoto photo, Optional<FaceBox> face);

    /** The upright photo as JPEG without metadata, and a thumbnail whose longest side is {@code thumbnailSize}. */
    Renditions render(BufferedImage upright, int thumbnailSize);

    /** JPEG bytes of the whole photo and of its thumbnail. */
    record Renditions(byte[] normalizedJpeg, byte[] thumbnailJpeg) {

        public Renditions {
            normalizedJpeg = normalizedJpeg.clone();
            thumbnailJpeg = thumbnailJpeg.clone();
        }

        @Override
        public byte[] normalizedJpeg() {
            return normalizedJpeg.clone();
        }

        @Override
        public byte[] thumbnailJpeg() {
            return thumbnailJpeg.clone();
        }
    }
}
