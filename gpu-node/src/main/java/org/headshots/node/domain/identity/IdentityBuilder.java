package org.headshots.node.domain.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.headshots.node.domain.NodeRefusal;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.Embedding;

/**
 * Builds an identity from photos of one person. The consensus starts at the medoid (the embedding
 * closest to all others), so a minority of photos of someone else cannot pull it away; it is then
 * the mean of the embeddings that agree with it, refined once. Photos that disagree are outliers.
 */
public final class IdentityBuilder {

    public static final float DEFAULT_MIN_SIMILARITY = 0.45f;
    public static final int DEFAULT_REFERENCES = 3;

    private final float minSimilarity;
    private final int references;

    public IdentityBuilder(float minSimilarity, int references) {
        if (!(minSimilarity > 0 && minSimilarity < 1)) {
            throw new IllegalArgumentException("The least similarity must be between 0 and 1, not " + minSimilarity);
        }
        if (references < 1) {
            throw new IllegalArgumentException("At least one reference photo is needed, not " + references);
        }
        this.minSimilarity = minSimilarity;
        this.references = references;
    }

    /** @throws NoIdentityException when no photo shows a face, or none agrees with another */
    public Identity build(List<IdentityCandidate> candidates) throws NoIdentityException {
        List<IdentityCandidate> withFace =
                candidates.stream().filter(c -> c.face().isPresent()).toList();
        if (withFace.isEmpty()) {
            throw new NoIdentityException("no face was found in any of the " + candidates.size() + " photos");
        }
        Embedding medoid = medoid(withFace);
        Embedding consensus = meanOfAgreeing(withFace, medoid);
        consensus = meanOfAgreeing(withFace, consensus);
        List<PhotoVerdict> verdicts = new ArrayList<>();
        List<ScoredReference> usable = new ArrayList<>();
        for (IdentityCandidate candidate : candidates) {
            if (candidate.face().isEmpty()) {
                verdicts.add(new PhotoVerdict(candidate.image(), false, 0, 0, false, "no face found"));
                continue;
            }
            AnalyzedFace face = candidate.face().get();
            float similarity = face.embedding().cosine(consensus);
            boolean outlier = similarity < minSimilarity;
            verdicts.add(new PhotoVerdict(
                    candidate.image(),
                    true,
                    candidate.faces(),
                    similarity,
                    outlier,
                    outlier
                            ? String.format(
                                    Locale.ROOT,
                                    "does not look like the same person as the other photos (similarity %.2f, at least %.2f needed)",
                                    similarity,
                                    minSimilarity)
                            : ""));
            if (!outlier) {
                usable.add(new ScoredReference(candidate.image(), referenceScore(face, similarity, candidate.faces())));
            }
        }
        if (usable.isEmpty()) {
            throw new NoIdentityException("the photos do not agree on one person");
        }
        List<Integer> chosen = usable.stream()
                .sorted(Comparator.comparingDouble(ScoredReference::score).reversed())
                .limit(references)
                .map(ScoredReference::image)
                .toList();
        return new Identity(consensus, verdicts, chosen);
    }

    private static Embedding medoid(List<IdentityCandidate> withFace) {
        Embedding best = null;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (IdentityCandidate a : withFace) {
            Embedding ea = a.face().orElseThrow().embedding();
            double sum = 0;
            for (IdentityCandidate b : withFace) {
                sum += ea.cosine(b.face().orElseThrow().embedding());
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = ea;
            }
        }
        return best;
    }

    private Embedding meanOfAgreeing(List<IdentityCandidate> withFace, Embedding centre) {
        float[] sum = new float[centre.dimension()];
        int counted = 0;
        for (IdentityCandidate candidate : withFace) {
            Embedding e = candidate.face().orElseThrow().embedding();
            if (e.cosine(centre) >= minSimilarity) {
                float[] values = e.values();
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += values[i];
                }
                counted++;
            }
        }
        return counted == 0 ? centre : new Embedding(sum);
    }

    /** Frontal, eyes open, alone in the photo, large and alike score best. */
    private static double referenceScore(AnalyzedFace face, float similarity, int faces) {
        double frontal = Math.max(
                0,
                1 - (Math.abs(face.pose().yawDegrees()) + Math.abs(face.pose().pitchDegrees())) / 90.0);
        double eyes = Math.min(face.eyes().leftOpen(), face.eyes().rightOpen());
        double size = Math.min(1, Math.sqrt(face.box().width() * face.box().height()) / 400.0);
        double alone = faces == 1 ? 1 : 0.5;
        return similarity * (0.4 + 0.6 * frontal) * (0.5 + 0.5 * eyes) * (0.5 + 0.5 * size) * alone;
    }

    private record ScoredReference(int image, double score) {}

    /** No identity can be built from the photos; the message says why, for people. */
    public static final class NoIdentityException extends NodeRefusal {
        private static final long serialVersionUID = 1L;

        public NoIdentityException(String message) {
            super(Kind.IMPOSSIBLE, message);
        }
    }
}
