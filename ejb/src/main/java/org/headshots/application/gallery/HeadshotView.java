package org.headshots.application.gallery;

import org.headshots.domain.headshot.Headshot;

/** A headshot in the gallery: its rank (1 = best), score, style, size, the run that made it and its SHA-256. */
public record HeadshotView(long id, int rank, double score, float identitySimilarity, float quality, String style,
        int width, int height, int run, String sha256, boolean upscaled, int attempts) {

    static HeadshotView of(Headshot headshot, int rank) {
        return new HeadshotView(headshot.id(), rank, headshot.score(), headshot.identitySimilarity(),
                headshot.quality(), headshot.style(), headshot.width(), headshot.height(), headshot.run(),
                headshot.photoSha256(), headshot.upscaled(), headshot.attempts());
    }

    /** "4:5", "1:1" or the ratio as width:height. */
    public String aspect() {
        if (width == height) {
            return "1:1";
        }
        return width * 5 == height * 4 ? "4:5" : width + ":" + height;
    }
}
