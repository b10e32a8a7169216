package org.headshots.node.application;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.Embedding;
import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.PhotoAnalysis;
import org.headshots.node.domain.quality.HaloMeter;
import org.headshots.node.domain.quality.PhotoQualityMeter;
import org.headshots.node.domain.quality.RgbPixels;
import org.headshots.node.domain.quality.StretchMeter;

/**
 * What every headshot must pass before it is sent, judged on the models' analysis of the finished image:
 * exactly one face, that face the order's person (identity similarity at least the order's minimum, when
 * the order gives an identity), sharp (measured as the selfie check measures it), with nothing stretched
 * (rows or columns repeated to fill the frame, see {@link StretchMeter}) and no halo of the old background along
 * the person's edge ({@link HaloMeter}). What it measures goes with the headshot, for ranking.
 */
final class HeadshotCheck {

    /** Below this a face looks soft; measured on the face resampled to 256 px wide, as for selfies. */
    static final float MIN_SHARPNESS = 0.1f;

    private final PhotoQualityMeter meter = new PhotoQualityMeter();
    private final StretchMeter stretch = new StretchMeter();
    private final HaloMeter halo = new HaloMeter();

    /**
     * The outcome for {@code image}, composited with the person's alpha {@code matte} (8-bit grey, the image's
     * size); its problems are empty when it passed.
     */
    Outcome judge(BufferedImage image, BufferedImage matte, PhotoAnalysis analysis, GenerationOrder order) {
        List<String> problems = new ArrayList<>();
        if (analysis.faces().size() != 1) {
            problems.add(analysis.faces().size() + " faces found, not 1");
        }
        if (analysis.faces().isEmpty()) {
            return new Outcome(0, 0, 0, 0, 0, problems);
        }
        AnalyzedFace face = analysis.faces().get(0);
        float similarity = 0;
        float[] identity = order.identity();
        if (identity.length == face.embedding().dimension()) {
            similarity = Math.max(0, face.embedding().cosine(new Embedding(identity)));
        }
        if (order.checksIdentity()
                && (identity.length != face.embedding().dimension() || similarity < order.minIdentity())) {
            problems.add(String.format(Locale.ROOT, "identity %.2f < %.2f", similarity, order.minIdentity()));
        }
        float sharpness = sharpness(image, face.box());
        if (sharpness < MIN_SHARPNESS) {
            problems.add(String.format(Locale.ROOT, "face sharpness %.2f < %.2f", sharpness, MIN_SHARPNESS));
        }
        RgbPixels pixels = new RgbPixels(
                image.getWidth(),
                image.getHeight(),
                image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
        double stretched = stretch.stretchedShare(pixels);
        if (stretched > StretchMeter.MAX_SHARE) {
            problems.add(String.format(
                    Locale.ROOT,
                    "stretched over %.0f%% of the frame > %.0f%%",
                    100 * stretched,
                    100 * StretchMeter.MAX_SHARE));
        }
        double haloShare =
                halo.haloShare(pixels, ((DataBufferByte) matte.getRaster().getDataBuffer()).getData());
        if (haloShare > HaloMeter.MAX_SHARE) {
            problems.add(String.format(
                    Locale.ROOT,
                    "halo along %.0f%% of the person's edge > %.0f%%",
                    100 * haloShare,
                    100 * HaloMeter.MAX_SHARE));
        }
        double faceShare = Math.max(0, Math.min(1, face.box().height() / image.getHeight()));
        return new Outcome(similarity, sharpness, stretched, haloShare, faceShare, problems);
    }

    private float sharpness(BufferedImage image, FaceBox box) {
        int left = Math.max(0, Math.round(box.left()));
        int top = Math.max(0, Math.round(box.top()));
        int width = Math.min(image.getWidth() - left, Math.round(box.width()));
        int height = Math.min(image.getHeight() - top, Math.round(box.height()));
        if (width < 3 || height < 3) {
            return 0;
        }
        int[] rgb = image.getRGB(left, top, width, height, null, 0, width);
        return meter.face(new RgbPixels(width, height, rgb)).sharpness();
    }

    /** How one try scored and measured, and what it failed (nothing when it passed). */
    record Outcome(
            float identitySimilarity,
            float sharpness,
            double stretchedShare,
            double haloShare,
            double faceShare,
            List<String> problems) {

        Outcome {
            problems = List.copyOf(problems);
        }

        boolean passed() {
            return problems.isEmpty();
        }
    }
}
