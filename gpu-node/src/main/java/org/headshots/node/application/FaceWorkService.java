package org.headshots.node.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.headshots.node.application.PhotoInspection.Renditions;
import org.headshots.node.domain.NodeRefusal;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.PhotoAnalysis;
import org.headshots.node.domain.identity.Identity;
import org.headshots.node.domain.identity.IdentityBuilder;
import org.headshots.node.domain.identity.IdentityBuilder.NoIdentityException;
import org.headshots.node.domain.identity.IdentityCandidate;
import org.headshots.node.domain.quality.PhotoQuality;

/** Analysing photos and building identities: each photo is one job through the gate, done once per job key. */
public final class FaceWorkService {

    /** Thumbnail size when the caller asks for 0. */
    public static final int DEFAULT_THUMBNAIL_SIZE = 320;

    private final PhotoDecoding decoding;
    private final FaceModels models;
    private final PhotoInspection inspection;
    private final JobLedger ledger;
    private final JobRunner jobs;

    public FaceWorkService(
            PhotoDecoding decoding,
            FaceModels models,
            PhotoInspection inspection,
            JobGate gate,
            JobLedger ledger,
            ActiveJobs active) {
        this.decoding = Objects.requireNonNull(decoding, "decoding");
        this.models = Objects.requireNonNull(models, "models");
        this.inspection = Objects.requireNonNull(inspection, "inspection");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.jobs = new JobRunner(gate, active);
    }

    /**
     * Analyses one photo and measures its quality; with {@code withMatte} also mattes it, with
     * {@code thumbnailSize} > 0 also renders it as normalized JPEG and thumbnail of that size.
     *
     * @throws UnreadablePhotoException when the bytes are not a photo the node reads
     * @throws NodeRefusal of kind invalid for a negative thumbnail size
     */
    public PhotoReport analyze(
            JobKey key, byte[] photo, boolean withMatte, int thumbnailSize, BooleanSupplier callerGone)
            throws Exception {
        if (thumbnailSize < 0) {
            throw NodeRefusal.invalid("thumbnail size must not be negative: " + thumbnailSize);
        }
        String work =
                "analyze" + (withMatte ? "+matte" : "") + (thumbnailSize > 0 ? "+normalized" + thumbnailSize : "");
        return ledger.once(
                key,
                work,
                () -> {
                    try (JobRunner.Running job = jobs.start(key.value(), "analyze", 1, callerGone)) {
                        PhotoReport report = job.gated(() -> analyzeNow(photo, withMatte, thumbnailSize));
                        job.done(1);
                        return report;
                    }
                },
                callerGone);
    }

    /**
     * Builds the identity of the person in {@code photos}.
     *
     * @throws NoIdentityException when no identity can be built, saying why
     * @throws NodeRefusal of kind invalid for a least similarity or a number of references out of range
     */
    public Identity buildIdentity(
            JobKey key, List<byte[]> photos, float minSimilarity, int references, BooleanSupplier callerGone)
            throws Exception {
        if (photos.isEmpty()) {
            throw new NoIdentityException("no photos were sent");
        }
        IdentityBuilder builder = NodeRefusal.fromRequest(
                "",
                () -> new IdentityBuilder(
                        minSimilarity > 0 ? minSimilarity : IdentityBuilder.DEFAULT_MIN_SIMILARITY,
                        references > 0 ? references : IdentityBuilder.DEFAULT_REFERENCES));
        return ledger.once(
                key,
                "build-identity",
                () -> {
                    try (JobRunner.Running job = jobs.start(key.value(), "build-identity", photos.size(), callerGone)) {
                        List<IdentityCandidate> candidates = new ArrayList<>();
                        for (int i = 0; i < photos.size(); i++) {
                            byte[] photo = photos.get(i);
                            PhotoAnalysis analysis = job.gated(() -> analyzeOrNothing(photo));
                            candidates.add(new IdentityCandidate(
                                    i,
                                    analysis.faces().stream().findFirst(),
                                    analysis.faces().size()));
                            job.done(i + 1);
                        }
                        return builder.build(candidates);
                    }
                },
                callerGone);
    }

    private PhotoReport analyzeNow(byte[] photo, boolean withMatte, int thumbnailSize) throws Exception {
        long start = System.nanoTime();
        DecodedPhoto decoded = decoding.read(photo);
        long decodedAt = System.nanoTime();
        PhotoAnalysis analysis = models.analyze(decoded.image());
        long analysedAt = System.nanoTime();
        PhotoQuality quality = inspection.measure(
                decoded, analysis.faces().stream().findFirst().map(AnalyzedFace::box));
        long measuredAt = System.nanoTime();
        Optional<Renditions> renditions =
                thumbnailSize > 0 ? Optional.of(inspection.render(decoded.image(), thumbnailSize)) : Optional.empty();
        long renderedAt = System.nanoTime();
        AlphaMatte matte = withMatte ? models.matte(decoded.image()) : null;
        long mattedAt = System.nanoTime();
        return new PhotoReport(
                analysis,
                quality,
                matte,
                renditions,
                new WorkTimes(
                        decodedAt - start,
                        analysedAt - decodedAt,
                        measuredAt - analysedAt,
                        renderedAt - measuredAt,
                        mattedAt - renderedAt));
    }

    /** An unreadable photo in a set counts as a photo without a face, not as a failed job. */
    private PhotoAnalysis analyzeOrNothing(byte[] photo) throws Exception {
        try {
            return models.analyze(decoding.decode(photo));
        } catch (UnreadablePhotoException e) {
            return new PhotoAnalysis(1, 1, List.of());
        }
    }
}
