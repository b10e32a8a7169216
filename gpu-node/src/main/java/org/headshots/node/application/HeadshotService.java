package org.headshots.node.application;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.headshots.gpu.wire.WireContract;
import org.headshots.node.domain.NodeRefusal;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.domain.face.FaceBox;
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

    /**
     * The face height, in photo pixels, a reference whose face is smaller is enlarged to before it is matted: a
     * headshot is at least {@value org.headshots.node.domain.compose.OutputSize#MIN_SHORT_SIDE} pixels wide and its
     * face 0.2 to 0.45 of its height, so about 420 pixels serves the usual styles without enlarging them again.
     */
    public static final double TARGET_FACE_HEIGHT = 420;
    /** Enlargements smaller than this are left to the compositor's own interpolation. */
    public static final double MIN_ENLARGEMENT = 1.25;
    /**
     * The most photo pixels enlarged for one reference (about 25 s on two CPU cores, at 60,000 pixels a second; far
     * less on a GPU); a larger region is narrowed, down to {@value #MIN_MARGIN_SCALE} of its margins, or not enlarged.
     */
    public static final long MAX_ENLARGED_PIXELS = 1_500_000;
    /** The region enlarged around a face, in face heights: each side of its centre, above it and below it. */
    static final double SIDE_MARGIN = 3.5;

    static final double TOP_MARGIN = 2.5;
    static final double BOTTOM_MARGIN = 5;
    static final double MIN_MARGIN_SCALE = 0.7;

    private final PhotoDecoding decoding;
    private final FaceModels models;
    private final HeadshotRenderer renderer;
    private final JobLedger ledger;
    private final JobRunner jobs;
    private final ImageUpscaler upscaler;
    /** A person's styles are made as jobs of their own from the same references, two or so at a time. */
    private final RecentReferences<PreparedReferences> recentReferences = new RecentReferences<>(4);

    private final HeadshotCheck check = new HeadshotCheck();

    /** @param upscaler enlarges references whose face is smaller than a headshot needs */
    public HeadshotService(
            PhotoDecoding decoding,
            FaceModels models,
            HeadshotRenderer renderer,
            JobGate gate,
            JobLedger ledger,
            ActiveJobs active,
            ImageUpscaler upscaler) {
        this.upscaler = Objects.requireNonNull(upscaler, "upscaler");
        this.decoding = Objects.requireNonNull(decoding, "decoding");
        this.models = Objects.requireNonNull(models, "models");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.jobs = new JobRunner(gate, active);
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
     * @throws NodeRefusal of kind invalid for an unknown style, a style that needs a brand colour the order lacks,
     *         an index out of range, no reference photos, or a job key already used for a different order
     * @throws NoUsableReferenceException when no reference photo shows a face
     * @throws HeadshotChecksFailedException when a headshot fails its checks at every try
     * @throws JobCancelledException when the job was cancelled or the caller went away
     */
    public void generate(
            JobKey key,
            GenerationOrder order,
            List<byte[]> references,
            int firstIndex,
            int endIndex,
            HeadshotSink sink,
            BooleanSupplier callerGone)
            throws Exception {
        int end = endIndex == 0 ? order.count() : endIndex;
        if (end < firstIndex || end > order.count()) {
            throw NodeRefusal.invalid("end index " + endIndex + " is outside " + firstIndex + ".." + order.count());
        }
        renderer.checkOrder(order.style(), order.brandColour());
        if (firstIndex < 0 || firstIndex > order.count()) {
            throw NodeRefusal.invalid("first index " + firstIndex + " is outside 0.." + order.count());
        }
        if (references.isEmpty()) {
            throw NodeRefusal.invalid("no reference photos were sent");
        }
        GenerationRun run = ledger.state(key, "generate", GenerationRun.class, () -> new GenerationRun(order));
        if (!run.order.equals(order)) {
            throw NodeRefusal.invalid("job key " + key + " was already used for another order (" + run.order
                    + "); a different order needs a key of its own");
        }
        BooleanSupplier stop = () -> callerGone.getAsBoolean() || ledger.cancelled(key, run);
        try (JobRunner.Running job = jobs.start(key.value(), "generate", order.count(), stop)) {
            job.done(firstIndex);
            PreparedReferences prepared =
                    recentReferences.of(order.referencesSha256()).get(() -> prepare(references, job), stop);
            for (int index = firstIndex; index < end; index++) {
                if (stop.getAsBoolean()) {
                    throw new JobCancelledException();
                }
                int i = index;
                Headshot headshot = run.headshot(i).get(() -> job.gated(() -> make(order, prepared, i)), stop);
                sink.accept(headshot);
                job.done(i + 1);
            }
        }
    }

    private PreparedReferences prepare(List<byte[]> references, JobRunner.Running job) throws Exception {
        long start = System.nanoTime();
        List<PreparedReference> prepared = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            byte[] bytes = references.get(i);
            int index = i;
            PreparedReference reference = job.gated(() -> prepareOne(index, decoding.decode(bytes)));
            if (reference != null) {
                prepared.add(reference);
            }
        }
        if (prepared.isEmpty()) {
            throw new NoUsableReferenceException("none of the " + references.size() + " reference photos shows a face");
        }
        return new PreparedReferences(prepared, System.nanoTime() - start);
    }

    /**
     * Analyses a reference and mattes it; one whose face is smaller than a headshot needs is enlarged first, the
     * region around the face (see {@link #enlargementPlan}), and analysed and matted at that finer resolution.
     * Null when the photo shows no face.
     */
    private PreparedReference prepareOne(int index, BufferedImage photo) throws Exception {
        PhotoAnalysis analysis = models.analyze(photo);
        if (analysis.faces().isEmpty()) {
            return null;
        }
        AnalyzedFace face = analysis.faces().get(0);
        EnlargementPlan plan = enlargementPlan(photo.getWidth(), photo.getHeight(), face.box());
        if (plan != null) {
            BufferedImage region = photo.getSubimage(plan.x(), plan.y(), plan.width(), plan.height());
            BufferedImage enlarged = upscaler.enlarge(region, plan.factor());
            AnalyzedFace again = sameFace(models.analyze(enlarged), plan.map(face.box(), enlarged));
            if (again != null) {
                return new PreparedReference(index, enlarged, again, models.matte(enlarged), plan.factor());
            }
        }
        return new PreparedReference(index, photo, face, models.matte(photo), 1);
    }

    /**
     * The region of a photo to enlarge, and by how much, so that the face is about {@value #TARGET_FACE_HEIGHT}
     * pixels high (at most {@link ImageUpscaler#MAX_FACTOR} times): the face with {@value #SIDE_MARGIN} face heights
     * on each side of its centre, {@value #TOP_MARGIN} above and {@value #BOTTOM_MARGIN} below, within the photo (the
     * whole photo, when it is small), narrowed where that exceeds {@value #MAX_ENLARGED_PIXELS} pixels. Null when
     * the face is large enough, or the photo around it too large to enlarge.
     */
    static EnlargementPlan enlargementPlan(int photoWidth, int photoHeight, FaceBox face) {
        double factor = Math.min(ImageUpscaler.MAX_FACTOR, TARGET_FACE_HEIGHT / face.height());
        if (factor < MIN_ENLARGEMENT) {
            return null;
        }
        double h = face.height();
        for (int step = 10; step >= Math.round(MIN_MARGIN_SCALE * 10); step--) {
            // margins in whole pixels: step tenths of the full ones
            long side = Math.round(SIDE_MARGIN * step * h / 10);
            long above = Math.round(TOP_MARGIN * step * h / 10);
            long below = Math.round(BOTTOM_MARGIN * step * h / 10);
            int left = (int) Math.max(0, Math.floor(face.centreX() - side));
            int right = (int) Math.min(photoWidth, Math.ceil(face.centreX() + side));
            int top = (int) Math.max(0, Math.floor(face.top() - above));
            int bottom = (int) Math.min(photoHeight, Math.ceil(face.bottom() + below));
            if (right - left >= 2
                    && bottom - top >= 2
                    && (long) (right - left) * (bottom - top) <= MAX_ENLARGED_PIXELS) {
                return new EnlargementPlan(left, top, right - left, bottom - top, factor);
            }
        }
        return null;
    }

    /** A region of a photo and the factor it is enlarged by. */
    record EnlargementPlan(int x, int y, int width, int height, double factor) {

        /** Where a box of the photo lies in the enlarged region. */
        FaceBox map(FaceBox box, BufferedImage enlarged) {
            double sx = (double) enlarged.getWidth() / width;
            double sy = (double) enlarged.getHeight() / height;
            return new FaceBox(
                    (float) ((box.left() - x) * sx),
                    (float) ((box.top() - y) * sy),
                    (float) ((box.right() - x) * sx),
                    (float) ((box.bottom() - y) * sy),
                    box.score());
        }
    }

    /** The face of an analysis that is the one expected where it is, or null when none overlaps it well. */
    private static AnalyzedFace sameFace(PhotoAnalysis analysis, FaceBox expected) {
        AnalyzedFace best = null;
        float bestOverlap = 0.4f;
        for (AnalyzedFace face : analysis.faces()) {
            float overlap = face.box().iou(expected);
            if (overlap > bestOverlap) {
                best = face;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private Headshot make(GenerationOrder order, PreparedReferences prepared, int index) throws Exception {
        long compose = 0;
        long checking = 0;
        List<String> problems = new ArrayList<>();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            PreparedReference reference =
                    prepared.list().get((index + attempt) % prepared.list().size());
            long started = System.nanoTime();
            HeadshotRenderer.Rendering rendering = renderer.render(
                    reference.photo,
                    reference.matte,
                    reference.face,
                    new HeadshotRenderer.Recipe(
                            order.style(), order.brandColour(), order.seed(), index, attempt, reference.enlargement()));
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
            return new Headshot(
                    index,
                    image.getWidth(),
                    image.getHeight(),
                    reference.index,
                    outcome.identitySimilarity(),
                    outcome.sharpness(),
                    jpeg,
                    WireContract.sha256(jpeg),
                    attempt + 1,
                    rendering.upscaled(),
                    times,
                    matte,
                    new Headshot.Looks(
                            outcome.stretchedShare(),
                            outcome.haloShare(),
                            rendering.enlargement(),
                            outcome.faceShare()));
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

    /**
     * A reference photo ready for the compositor; {@code enlargement} is how many times it was enlarged before it
     * was analysed and matted (1: not at all).
     */
    private record PreparedReference(
            int index, BufferedImage photo, AnalyzedFace face, AlphaMatte matte, double enlargement) {}

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
    public static final class NoUsableReferenceException extends NodeRefusal {
        private static final long serialVersionUID = 1L;

        public NoUsableReferenceException(String message) {
            super(Kind.IMPOSSIBLE, message);
        }
    }
}
