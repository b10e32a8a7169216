package org.headshots.domain.headshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The order a person sees their headshots in: the best first, but the first screen varied. Each place goes to the
 * best remaining headshot unless one nearly as good ({@value #MARGIN} less at most) differs more from the one
 * before it, in style and in the photo it was made from: the same pose and backdrop side by side look like
 * copies, however good.
 */
public final class GalleryOrder {

    /** How much score a headshot may give up to a better one to follow a headshot unlike it. */
    public static final double MARGIN = 0.08;

    private GalleryOrder() {}

    /** The headshots in gallery order. */
    public static List<Headshot> of(List<Headshot> headshots) {
        List<Headshot> remaining = new ArrayList<>(headshots);
        remaining.sort(Comparator.comparingDouble(Headshot::score)
                .reversed()
                .thenComparingInt(Headshot::run)
                .thenComparing(Headshot::style)
                .thenComparingInt(Headshot::index));
        List<Headshot> ordered = new ArrayList<>(remaining.size());
        Headshot previous = null;
        while (!remaining.isEmpty()) {
            double floor = remaining.get(0).score() - MARGIN;
            int chosen = 0;
            int mostNovel = -1;
            for (int i = 0; i < remaining.size() && remaining.get(i).score() >= floor; i++) {
                int novelty = novelty(remaining.get(i), previous);
                if (novelty > mostNovel) {
                    mostNovel = novelty;
                    chosen = i;
                }
            }
            previous = remaining.remove(chosen);
            ordered.add(previous);
        }
        return ordered;
    }

    /** 0 to 2: one for another style, one for another photo (an unknown photo counts as another). */
    private static int novelty(Headshot candidate, Headshot previous) {
        if (previous == null) {
            return 0;
        }
        int novelty = candidate.style().equals(previous.style()) ? 0 : 1;
        boolean samePhoto = candidate.run() == previous.run()
                && candidate.referencePhoto().isPresent()
                && Objects.equals(candidate.referencePhoto(), previous.referencePhoto());
        return novelty + (samePhoto ? 0 : 1);
    }
}
