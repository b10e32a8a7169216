package org.headshots.domain.selfie;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a selfie can be used, and if not, every reason why, each with the words that tell
 * the employee what to fix. Checks that need a face are skipped when there is none (NO_FACE says it
 * all); DIFFERENT_PERSON is judged from the second photo on.
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
        List<FaceMeasure> faces = photo.faces().stream()
                .filter(f -> f.score() >= limits.minFaceScore())
                .toList();
        if (faces.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.NO_FACE));
            return reasons;
        }
        List<FaceMeasure> human = faces.stream()
                .filter(f -> f.faceLikeness() >= limits.minFaceLikeness())
                .toList();
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
        if (photo.colourfulness() < limits.minColourfulness() || toned(photo)) {
            reasons.add(Reason.of(ReasonCode.GRAYSCALE));
        }
        if (closed(face.leftEyeOpen(), face.leftEyeAperture())
                || closed(face.rightEyeOpen(), face.rightEyeAperture())) {
            reasons.add(Reason.of(ReasonCode.EYES_CLOSED));
        }
        if (Math.abs(face.yaw()) > limits.maxYaw()
                || Math.abs(face.pitch()) > limits.maxPitch()
                || Math.abs(face.roll()) > limits.maxRoll()) {
            reasons.add(Reason.of(ReasonCode.HEAD_TURNED));
        }
        if (accepted.stream().anyMatch(previous -> duplicate(photo, face, previous))) {
            reasons.add(Reason.of(ReasonCode.DUPLICATE));
        } else if (accepted.size() >= limits.samePersonAfter()
                && similarityToMajority(face, accepted) < limits.minSamePersonSimilarity()) {
            reasons.add(differentPerson(face, accepted));
        }
        return reasons;
    }

    /**
     * A toned print colours by brightness alone, however saturated; a node too old to measure that is judged by
     * its hue spread and saturation, which a saturated sepia passes.
     */
    private boolean toned(PhotoMeasurements photo) {
        if (photo.toneResidual() > 0) {
            return photo.toneResidual() < limits.maxToneResidual();
        }
        return photo.hueSpread() < limits.minHueSpread() && photo.meanSaturation() < limits.maxSepiaSaturation();
    }

    /**
     * The eye-state model reads the crescent eyes of a broad smile as closed: an eye counts as closed only when its
     * outline agrees, where the outline was measured.
     */
    private boolean closed(float openProbability, float aperture) {
        return openProbability < limits.minEyeOpen()
                && (aperture == EyeAperture.UNKNOWN || aperture < limits.maxClosedEyeAperture());
    }

    /**
     * With few photos accepted the new one may be the right person and an accepted one the wrong: the reason names
     * the photos it disagrees with, so that the person can delete whichever is not them.
     */
    private Reason differentPerson(FaceMeasure face, List<AcceptedPhoto> accepted) {
        List<String> unlike = accepted.stream()
                .filter(previous -> FaceMeasure.similarity(face.embedding(), previous.embedding())
                        < limits.minSamePersonSimilarity())
                .map(AcceptedPhoto::label)
                .toList();
        if (accepted.size() > 2 || unlike.isEmpty()) {
            return Reason.of(ReasonCode.DIFFERENT_PERSON);
        }
        return new Reason(
                ReasonCode.DIFFERENT_PERSON,
                "This face does not match " + String.join(" and ", unlike)
                        + ": if that is not you, delete it and upload this one again; otherwise upload photos of yourself only.");
    }

    /** The face box, or the chin or forehead line, reaches the edge of the photo. */
    private boolean cutOff(FaceMeasure face, PhotoMeasurements photo) {
        float marginX = limits.cutOffMargin() * photo.width();
        float marginY = limits.cutOffMargin() * photo.height();
        return face.left() < marginX
                || face.right() > photo.width() - marginX
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

    /**
     * What the gate needs to know of a photo already accepted, and how to name it to the person ("your photo of
     * 4 Dec, 10:15").
     */
    public record AcceptedPhoto(long dhash, float[] embedding, String label) {
        public AcceptedPhoto {
            embedding = embedding.clone();
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("An accepted photo needs a name the person recognises");
            }
        }

        @Override
        public float[] embedding() {
            return embedding.clone();
        }
    }
}
