package org.headshots.application.gallery;

import org.headshots.domain.headshot.Headshot;

/** A headshot in the gallery: its rank (1 = best), score, style and size. */
public record HeadshotView(long id, int rank, double score, float identitySimilarity, float quality, String style,
        int width, int height) {

    static HeadshotView of(Headshot headshot, int rank) {
        return new HeadshotView(headshot.id(), rank, headshot.score(), headshot.identitySimilarity(),
                headshot.quality(), headshot.style(), headshot.width(), headshot.height());
    }
}
