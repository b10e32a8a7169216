package org.headshots.node.application;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.headshots.gpu.api.JobKey;
import org.headshots.gpu.wire.WireContract;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.PhotoAnalysis;

/**
 * Generates headshots. References are prepared (decoded, analysed, matted) once for all the jobs that send
 * the same photos, such as a person's styles, and headshot i of a job is made once. Every headshot is re-analysed and checked ({@link HeadshotCheck}); one that
 * fails is made again with the next try, at most {@value #MAX_ATTEMPTS} tries: try a of headshot i uses
 * reference (i + a) mod n and the variation of (seed, i, a). Nothing else goes in, so a resent request, on
 * this node or another, gets the same images and a resumed one continues where the client stopped.
 */
public final class HeadshotService {

    public static final int MAX_ATTEMPTS = 5;

    private final PhotoDecoding decoding;
    private final FaceModels models;
    private final HeadshotRenderer renderer;
    private final JobGate gate;
    private final JobLedger ledger;
    private final ActiveJobs active;
    /** A person's styles are made as jobs of their own from the same references, two or so at a time. */
    private final RecentReferences<PreparedReferences> recentReferences = new RecentReferences<>(4);
    private final HeadshotCheck check = new HeadshotCheck();

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
     * @throws IllegalArgumentException for an unknown style, a style that needs a brand colour the order lacks, a
     *         first index out of range, or a job key already used for a different order
     * @throws NoUsableReferenceException when no reference photo shows a face
     * @throws HeadshotChecksFailedException when a headshot fails its checks at every try
     * @throws JobCancelledException when the job was cancelled or the caller went away
     */
    public void generate(JobKey key, GenerationOrder order, List<byte[]> references, int firstIndex, int endIndex,
            HeadshotSink sink, BooleanSupplier callerGone) throws Exception {
        int end = endIndex == 0 ? order.count() : endIndex;
        if (end < firstIndex || end > order.count()) {
            throw new IllegalArgumentException("end index " + endIndex + " is outside " + firstIndex + ".." + order.count());
        }
        renderer.checkOrder(order.style(), order.brandColour());
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
            PreparedReferences prepared = recentReferences.of(order.referencesSha256())
                    .get(() -> prepare(references, stop), stop);
            for (int index = firstIndex; index < end; index++) {
                if (stop.getAsBoolean()) {
                    throw new JobCancelledException();
                }
                int i = index;
                Headshot headshot = run.headshot(i).get(() -> gate.run(() -> make(order, prepared, i), stop), stop);
                sink.accept(headshot);
                tracked.done(i + 1);
            }
        }
    }

    private PreparedReferences prepare(List<byte[]> references, BooleanSupplier stop) throws Exception {
        long start = System.nanoTime();
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
        return new PreparedReferences(prepared, System.nanoTime() - start);
    }

    private Headshot make(GenerationOrder order, PreparedReferences prepared, int index) throws Exception {
        long compose = 0;
        long checking = 0;
        List<String> problems = new ArrayList<>();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            PreparedReference reference = prepared.list().get((index + attempt) % prepared.list().size());
            long started = System.nanoTime();
            HeadshotRenderer.Rendering rendering = renderer.render(reference.photo, reference.matte, reference.face,
                    new HeadshotRenderer.Recipe(order.style(), order.brandColour(), order.seed(), index, attempt));
            long composed = System.nanoTime();
            BufferedImage image = rendering.image();
            HeadshotCheck.Outcome outcome = check.judge(image, rendering.matte(), models.analyze(image), order);
            long checked = System.nanoTime();
            compose += composed - started;
            checking += checked - composed;
            if (!outcome.passed()) {
                problems.add(String.join(", ", outcome.problems()));
                continue;
            }
            byte[] jpeg = renderer.encode(image);
            byte[] matte = renderer.encodeMatte(rendering.matte());
            long encode = System.nanoTime() - checked;
            Headshot.Times times = new Headshot.Times(prepared.claimNanos(), compose, checking, encode);
            return new Headshot(index, image.getWidth(), image.getHeight(), reference.index,
                    outcome.identitySimilarity(), outcome.sharpness(), jpeg, WireContract.sha256(jpeg), attempt + 1,
                    rendering.upscaled(), times, matte, new Headshot.Looks(outcome.stretchedShare(),
                            outcome.haloShare(), rendering.enlargement(), outcome.faceShare()));
        }
        throw new HeadshotChecksFailedException(index, order.style(), problems);
    }

    /** The prepared references and the time their preparation took, to be reported once. */
    private static final class PreparedReferences {
        private final List<PreparedReference> list;
        private final AtomicLong unreportedNanos;

        PreparedReferences(List<PreparedReference> list, long nanos) {
            this.list = List.copyOf(list);
            this.unreportedNanos = new AtomicLong(nanos);
        }

        List<PreparedReference> list() {
            return list;
        }

        /** The preparation time the first time it is asked for, 0 after. */
        long claimNanos() {
            return unreportedNanos.getAndSet(0);
        }
    }

    private record PreparedReference(int index, BufferedImage photo, AnalyzedFace face, AlphaMatte matte) {
    }

    /** What the node keeps of one generation job. */
    private static final class GenerationRun {
        private final GenerationOrder order;
        private final ConcurrentHashMap<Integer, Once<Headshot>> headshots = new ConcurrentHashMap<>();

        GenerationRun(GenerationOrder order) {
            this.order = order;
        }

        Once<Headshot> headshot(int index) {
            return headshots.computeIfAbsent(index, i -> new Once<>());
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
