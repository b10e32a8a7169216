package org.headshots.node.application;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.wire.WireContract;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.Embedding;
import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.PhotoAnalysis;
import org.headshots.node.domain.quality.Sharpness;

/**
 * Generates headshots. Per job key the references are prepared once (decoded, analysed, matted)
 * and headshot i is made once, from reference i mod n with variation i, so a resent request, on this
 * node or another, gets the same images and a resumed one continues where the client stopped.
 */
public final class HeadshotService {

    private final PhotoDecoding decoding;
    private final FaceModels models;
    private final HeadshotRenderer renderer;
    private final JobGate gate;
    private final JobLedger ledger;
    private final ActiveJobs active;

    public HeadshotService(PhotoDecoding decoding, FaceModels models, HeadshotRenderer renderer, JobGate gate,
            JobLedger ledger, ActiveJobs active) {
        this.decoding = Objects.requireNonNull(decoding, "decoding");
        this.models = Objects.requireNonNull(models, "models");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.active = Objects.requireNonNull(active, "active");
    }

    public List<String> styles() {
        return renderer.styles();
    }

    /** Receives each headshot as soon as it is made, in index order. */
    @FunctionalInterface
    public interface HeadshotSink {
        void accept(Headshot headshot) throws Exception;
    }

    /**
     * Makes headshots {@code firstIndex .. endIndex - 1} (endIndex 0: to the end) and hands each to {@code sink}.
     *
     * @throws IllegalArgumentException for an unknown style, a first index out of range, or a job key
     *         already used for a different order
     * @throws NoUsableReferenceException when no reference photo shows a face
     * @throws JobCancelledException when the job was cancelled or the caller went away
     */
    public void generate(JobKey key, GenerationOrder order, List<byte[]> references, int firstIndex, int endIndex,
            HeadshotSink sink, BooleanSupplier callerGone) throws Exception {
        int end = endIndex == 0 ? order.count() : endIndex;
        if (end < firstIndex || end > order.count()) {
            throw new IllegalArgumentException("end index " + endIndex + " is outside " + firstIndex + ".." + order.count());
        }
        if (!renderer.styles().contains(order.style())) {
            throw new IllegalArgumentException("unknown style '" + order.style() + "'; this node has " + renderer.styles());
        }
        if (firstIndex < 0 || firstIndex > order.count()) {
            throw new IllegalArgumentException("first index " + firstIndex + " is outside 0.." + order.count());
        }
        if (references.isEmpty()) {
            throw new IllegalArgumentException("no reference photos were sent");
        }
        GenerationRun run = ledger.state(key, "generate", GenerationRun.class, () -> new GenerationRun(order));
        if (!run.order.equals(order)) {
            throw new IllegalArgumentException("job key " + key + " was already used for another order (" + run.order
                    + "); a different order needs a key of its own");
        }
        BooleanSupplier stop = () -> callerGone.getAsBoolean() || ledger.cancelled(key, run);
        try (ActiveJobs.Tracked tracked = active.start(key.value(), "generate", order.count())) {
            tracked.done(firstIndex);
            List<PreparedReference> prepared = run.references.get(() -> prepare(references, stop), stop);
            for (int index = firstIndex; index < end; index++) {
                if (stop.getAsBoolean()) {
                    throw new JobCancelledException();
                }
                int i = index;
                Headshot headshot = run.headshot(i).get(() -> gate.run(() -> make(order, prepared, i), stop), stop);
                sink.accept(headshot);
                tracked.done(i + 1);
            }
            run.releaseReferencesWhenComplete();
        }
    }

    private List<PreparedReference> prepare(List<byte[]> references, BooleanSupplier stop) throws Exception {
        List<PreparedReference> prepared = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            byte[] bytes = references.get(i);
            int index = i;
            PreparedReference reference = gate.run(() -> {
                BufferedImage photo = decoding.decode(bytes);
                PhotoAnalysis analysis = models.analyze(photo);
                if (analysis.faces().isEmpty()) {
                    return null;
                }
                return new PreparedReference(index, photo, analysis.faces().get(0), models.matte(photo));
            }, stop);
            if (reference != null) {
                prepared.add(reference);
            }
        }
        if (prepared.isEmpty()) {
            throw new NoUsableReferenceException("none of the " + references.size() + " reference photos shows a face");
        }
        return prepared;
    }

    private Headshot make(GenerationOrder order, List<PreparedReference> prepared, int index) throws Exception {
        long start = System.nanoTime();
        PreparedReference reference = prepared.get(index % prepared.size());
        BufferedImage image = renderer.render(reference.photo, reference.matte, reference.face, order.style(), index);
        byte[] jpeg = renderer.encode(image);
        PhotoAnalysis analysis = models.analyze(image);
        float similarity = 0;
        float quality = 0;
        if (!analysis.faces().isEmpty()) {
            AnalyzedFace face = analysis.faces().get(0);
            if (order.identity().length == face.embedding().dimension()) {
                similarity = Math.max(0, face.embedding().cosine(new Embedding(order.identity())));
            }
            quality = (float) sharpness(image, face.box());
        }
        return new Headshot(index, image.getWidth(), image.getHeight(), reference.index, similarity, quality, jpeg,
                WireContract.sha256(jpeg), System.nanoTime() - start);
    }

    private static double sharpness(BufferedImage image, FaceBox box) {
        int left = Math.max(0, Math.round(box.left()));
        int top = Math.max(0, Math.round(box.top()));
        int width = Math.min(image.getWidth() - left, Math.round(box.width()));
        int height = Math.min(image.getHeight() - top, Math.round(box.height()));
        if (width < 3 || height < 3) {
            return 0;
        }
        return Sharpness.of(image.getRGB(left, top, width, height, null, 0, width), width, height);
    }

    private record PreparedReference(int index, BufferedImage photo, AnalyzedFace face, AlphaMatte matte) {
    }

    /** What the node keeps of one generation job. */
    private static final class GenerationRun {
        private final GenerationOrder order;
        private volatile Once<List<PreparedReference>> references = new Once<>();
        private final ConcurrentHashMap<Integer, Once<Headshot>> headshots = new ConcurrentHashMap<>();

        GenerationRun(GenerationOrder order) {
            this.order = order;
        }

        Once<Headshot> headshot(int index) {
            return headshots.computeIfAbsent(index, i -> new Once<>());
        }

        /** The decoded references and mattes are large; once every headshot is kept they are not needed. */
        void releaseReferencesWhenComplete() {
            for (int i = 0; i < order.count(); i++) {
                Once<Headshot> made = headshots.get(i);
                if (made == null || !made.isDone()) {
                    return;
                }
            }
            references = new Once<>();
        }
    }

    /** No reference photo can be used; the message says why, for people. */
    public static final class NoUsableReferenceException extends Exception {
        private static final long serialVersionUID = 1L;

        public NoUsableReferenceException(String message) {
            super(message);
        }
    }
}
