package org.headshots.domain.selfie;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a selfie can be used, and if not, every reason why, each with the words that tell
 * the employee what to fix. Checks that need a face are skipped when there is none (NO_FACE says it
 * all); DIFFERENT_PERSON is judged only once enough photos were accepted to know who the person is.
 */
public final class QualityGate {

    private final QualityThresholds limits;

    public QualityGate(QualityThresholds limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @param accepted the employee's photos accepted so far
     */
    public List<Reason> check(PhotoMeasurements photo, List<AcceptedPhoto> accepted) {
        List<Reason> reasons = new ArrayList<>();
        if (photo.shorterSide() < limits.minShorterSide()) {
            reasons.add(Reason.of(ReasonCode.IMAGE_TOO_SMALL));
        }
        // weak detections are mostly texture the detector half-believes in; a real face scores higher
        List<FaceMeasure> faces = photo.faces().stream().filter(f -> f.score() >= limits.minFaceScore()).toList();
        if (faces.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.NO_FACE));
            return reasons;
        }
        List<FaceMeasure> human = faces.stream().filter(f -> f.faceLikeness() >= limits.minFaceLikeness()).toList();
        if (human.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.NOT_A_PERSON));
            return reasons;
        }
        FaceMeasure face = human.get(0);
        if (human.stream().skip(1).anyMatch(other -> other.area() > limits.secondFaceAreaRatio() * face.area())) {
            reasons.add(Reason.of(ReasonCode.MULTIPLE_FACES));
        }
        if (cutOff(face, photo)) {
            reasons.add(Reason.of(ReasonCode.FACE_CUT_OFF));
        } else if (face.width() < limits.minFaceWidth()) {
            reasons.add(Reason.of(ReasonCode.FACE_TOO_SMALL));
        }
        if (photo.faceSharpness() < limits.minSharpness()) {
            reasons.add(Reason.of(ReasonCode.BLURRY));
        }
        if (photo.faceBrightness() < limits.minBrightness() || photo.faceDarkFraction() > limits.maxDarkFraction()) {
            reasons.add(Reason.of(ReasonCode.TOO_DARK));
        } else if (photo.faceBrightness() > limits.maxBrightness()
                || photo.faceBrightFraction() > limits.maxBrightFraction()) {
            reasons.add(Reason.of(ReasonCode.TOO_BRIGHT));
        }
        // sepia has colour, but of one hue and little of it; a warm but colourful photo is saturated
        if (photo.colourfulness() < limits.minColourfulness() || (photo.hueSpread() < limits.minHueSpread()
                && photo.meanSaturation() < limits.maxSepiaSaturation())) {
            reasons.add(Reason.of(ReasonCode.GRAYSCALE));
        }
        if (Math.min(face.leftEyeOpen(), face.rightEyeOpen()) < limits.minEyeOpen()) {
            reasons.add(Reason.of(ReasonCode.EYES_CLOSED));
        }
        if (Math.abs(face.yaw()) > limits.maxYaw() || Math.abs(face.pitch()) > limits.maxPitch()
                || Math.abs(face.roll()) > limits.maxRoll()) {
            reasons.add(Reason.of(ReasonCode.HEAD_TURNED));
        }
        if (accepted.stream().anyMatch(previous -> duplicate(photo, face, previous))) {
            reasons.add(Reason.of(ReasonCode.DUPLICATE));
        } else if (accepted.size() >= limits.samePersonAfter()
                && similarityToMajority(face, accepted) < limits.minSamePersonSimilarity()) {
            reasons.add(Reason.of(ReasonCode.DIFFERENT_PERSON));
        }
        return reasons;
    }

    /** The face box, or the chin or forehead line, reaches the edge of the photo. */
    private boolean cutOff(FaceMeasure face, PhotoMeasurements photo) {
        float marginX = limits.cutOffMargin() * photo.width();
        float marginY = limits.cutOffMargin() * photo.height();
        return face.left() < marginX || face.right() > photo.width() - marginX
                || Math.min(face.top(), face.landmarksTop()) < marginY
                || Math.max(face.bottom(), face.landmarksBottom()) > photo.height() - marginY;
    }

    private boolean duplicate(PhotoMeasurements photo, FaceMeasure face, AcceptedPhoto previous) {
        return Long.bitCount(photo.dhash() ^ previous.dhash()) <= limits.maxDuplicateHashDistance()
                || FaceMeasure.similarity(face.embedding(), previous.embedding()) >= limits.duplicateSimilarity();
    }

    /**
     * The median similarity to the accepted photos: one odd photo among them cannot make every later
     * photo look like someone else.
     */
    private static float similarityToMajority(FaceMeasure face, List<AcceptedPhoto> accepted) {
        float[] embedding = face.embedding();
        float[] similarities = new float[accepted.size()];
        for (int i = 0; i < similarities.length; i++) {
            similarities[i] = FaceMeasure.similarity(embedding, accepted.get(i).embedding());
        }
        java.util.Arrays.sort(similarities);
        return similarities[similarities.length / 2];
    }

    /** What the gate needs to know of a photo already accepted. */
    public record AcceptedPhoto(long dhash, float[] embedding) {
        public AcceptedPhoto {
            embedding = embedding.clone();
        }

        @Override
        public float[] embedding() {
            return embedding.clone();
        }
    }
}
