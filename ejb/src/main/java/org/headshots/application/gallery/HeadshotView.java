package org.headshots.application.gallery;

import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotLooks;

/**
 * A headshot in the gallery: its place (1 = first), score, style, size, the run that made it, the order that run
 * was for, its SHA-256, and what the node measured of it.
 */
public record HeadshotView(
        long id,
        int rank,
        double score,
        float identitySimilarity,
        float quality,
        String style,
        int width,
        int height,
        int run,
        long order,
        String sha256,
        boolean upscaled,
        int attempts,
        HeadshotLooks looks) {

    static HeadshotView of(Headshot headshot, int rank, long order) {
        return new HeadshotView(
                headshot.id(),
                rank,
                headshot.score(),
                headshot.identitySimilarity(),
                headshot.quality(),
                headshot.style(),
                headshot.width(),
                headshot.height(),
                headshot.run(),
                order,
                headshot.photoSha256(),
                headshot.upscaled(),
                headshot.attempts(),
                headshot.looks());
    }

    /** "4:5", "1:1", or the ratio as width:height when it is neither (to within a pixel's rounding). */
    public String aspect() {
        double ratio = (double) width / height;
        if (Math.abs(ratio - 1) < 0.01) {
            return "1:1";
        }
        return Math.abs(ratio - 0.8) < 0.01 ? "4:5" : width + ":" + height;
    }
}
