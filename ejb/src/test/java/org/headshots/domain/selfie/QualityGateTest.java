package org.headshots.domain.selfie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.headshots.domain.selfie.QualityGate.AcceptedPhoto;
import org.junit.jupiter.api.Test;

/** The gate's rules on measurements; the measurements of real photos are tested on the node and end to end. */
class QualityGateTest {

    private static final QualityGate GATE = new QualityGate(QualityThresholds.defaults());

    private static float[] embedding(int hot) {
        float[] e = new float[8];
        e[hot] = 1;
        return e;
    }

    private static FaceMeasure face(float left, float top, float width) {
        return new FaceMeasure(
                left,
                top,
                left + width,
                top + width * 1.25f,
                0.99f,
                top + 10,
                top + width * 1.2f,
                0.98f,
                0.97f,
                3,
                -5,
                1,
                0.95f,
                embedding(0),
                EyeAperture.UNKNOWN,
                EyeAperture.UNKNOWN);
    }

    private static PhotoMeasurements good(List<FaceMeasure> faces) {
        return new PhotoMeasurements(3000, 4000, faces, 0.15f, 140, 0.01f, 0.01f, 35, 0.3f, 40, 0x0F0F0F0F0F0F0F0FL, 0);
    }

    private static List<ReasonCode> codes(PhotoMeasurements photo, List<AcceptedPhoto> accepted) {
        return GATE.check(photo, accepted).stream().map(Reason::code).toList();
    }

    @Test
    void aGoodPhotoPasses() {
        assertEquals(List.of(), codes(good(List.of(face(1000, 1200, 900))), List.of()));
    }

    @Test
    void noFaceSaysOnlyThat() {
        assertEquals(List.of(ReasonCode.NO_FACE), codes(good(List.of()), List.of()));
    }

    @Test
    void aSecondLargeFaceIsAGroupPhotoButASmallOneInTheBackIsNot() {
        assertEquals(
                List.of(ReasonCode.MULTIPLE_FACES),
                codes(good(List.of(face(300, 1200, 900), face(1800, 1200, 600))), List.of()));
        assertEquals(List.of(), codes(good(List.of(face(1000, 1200, 900), face(2500, 300, 200))), List.of()));
    }

    @Test
    void smallFacesAndSmallImagesAreNamed() {
        assertEquals(List.of(ReasonCode.FACE_TOO_SMALL), codes(good(List.of(face(1000, 1200, 300))), List.of()));
        PhotoMeasurements thumbnail = new PhotoMeasurements(
                400, 500, List.of(face(100, 150, 150)), 0.8f, 140, 0.01f, 0.01f, 35, 0.3f, 40, 1L, 0);
        assertEquals(List.of(ReasonCode.IMAGE_TOO_SMALL, ReasonCode.FACE_TOO_SMALL), codes(thumbnail, List.of()));
    }

    @Test
    void aFaceAtTheEdgeIsCutOff() {
        assertEquals(List.of(ReasonCode.FACE_CUT_OFF), codes(good(List.of(face(2400, 1200, 900))), List.of()));
        assertEquals(List.of(ReasonCode.FACE_CUT_OFF), codes(good(List.of(face(1000, 3000, 900))), List.of()));
    }

    @Test
    void lightColourSharpnessEyesAndPoseEachHaveTheirCode() {
        FaceMeasure face = face(1000, 1200, 900);
        assertEquals(
                List.of(ReasonCode.BLURRY),
                codes(
                        new PhotoMeasurements(3000, 4000, List.of(face), 0.02f, 140, 0.01f, 0.01f, 35, 0.3f, 40, 1L, 0),
                        List.of()));
        assertEquals(
                List.of(ReasonCode.TOO_DARK),
                codes(
                        new PhotoMeasurements(3000, 4000, List.of(face), 0.8f, 30, 0.6f, 0, 35, 0.3f, 40, 1L, 0),
                        List.of()));
        assertEquals(
                List.of(ReasonCode.TOO_BRIGHT),
                codes(
                        new PhotoMeasurements(3000, 4000, List.of(face), 0.8f, 235, 0, 0.6f, 35, 0.3f, 40, 1L, 0),
                        List.of()));
        assertEquals(
                List.of(ReasonCode.GRAYSCALE),
                codes(
                        new PhotoMeasurements(3000, 4000, List.of(face), 0.8f, 140, 0.01f, 0.01f, 1, 0.01f, 0, 1L, 0),
                        List.of()));
        FaceMeasure closed = new FaceMeasure(
                1000,
                1200,
                1900,
                2325,
                0.99f,
                1210,
                2280,
                0.1f,
                0.2f,
                3,
                -5,
                1,
                0.95f,
                embedding(0),
                EyeAperture.UNKNOWN,
                EyeAperture.UNKNOWN);
        assertEquals(List.of(ReasonCode.EYES_CLOSED), codes(good(List.of(closed)), List.of()));
        FaceMeasure turned = new FaceMeasure(
                1000,
                1200,
                1900,
                2325,
                0.99f,
                1210,
                2280,
                0.9f,
                0.9f,
                45,
                -5,
                1,
                0.95f,
                embedding(0),
                EyeAperture.UNKNOWN,
                EyeAperture.UNKNOWN);
        assertEquals(List.of(ReasonCode.HEAD_TURNED), codes(good(List.of(turned)), List.of()));
    }

    @Test
    void somethingThatIsNotAHumanFaceIsNotAPerson() {
        FaceMeasure cat = new FaceMeasure(
                1000,
                1200,
                1900,
                2325,
                0.99f,
                1210,
                2280,
                0.9f,
                0.9f,
                3,
                -5,
                1,
                0.1f,
                embedding(0),
                EyeAperture.UNKNOWN,
                EyeAperture.UNKNOWN);
        assertEquals(List.of(ReasonCode.NOT_A_PERSON), codes(good(List.of(cat)), List.of()));
    }

    @Test
    void aWeakDetectionBesideACatIsNotTakenForAPerson() {
        FaceMeasure texture = new FaceMeasure(
                950,
                0,
                1600,
                935,
                0.75f,
                0,
                935,
                0.9f,
                0.9f,
                3,
                -5,
                1,
                0.67f,
                embedding(0),
                EyeAperture.UNKNOWN,
                EyeAperture.UNKNOWN);
        FaceMeasure cat = new FaceMeasure(
                250,
                200,
                890,
                825,
                0.98f,
                210,
                800,
                0.9f,
                0.9f,
                3,
                -5,
                1,
                0.02f,
                embedding(0),
                EyeAperture.UNKNOWN,
                EyeAperture.UNKNOWN);
        assertEquals(List.of(ReasonCode.NOT_A_PERSON), codes(good(List.of(texture, cat)), List.of()));
    }

    @Test
    void theSamePhotoAgainIsADuplicate() {
        PhotoMeasurements photo = good(List.of(face(1000, 1200, 900)));
        List<AcceptedPhoto> accepted =
                List.of(new AcceptedPhoto(photo.dhash() ^ 0b111, embedding(1), "your photo of 4 Dec, 10:15"));
        assertEquals(List.of(ReasonCode.DUPLICATE), codes(photo, accepted));
    }

    @Test
    void someoneElseIsCaughtFromTheSecondPhotoAndThePhotosThatDisagreeAreNamed() {
        PhotoMeasurements stranger = good(List.of(face(1000, 1200, 900)));
        AcceptedPhoto first = new AcceptedPhoto(~stranger.dhash(), embedding(3), "your photo of 4 Dec, 10:15");
        assertEquals(List.of(), codes(good(List.of(face(1000, 1200, 900))), List.of()), "the first photo sets who");

        List<Reason> second = GATE.check(stranger, List.of(first));
        assertEquals(
                List.of(ReasonCode.DIFFERENT_PERSON),
                second.stream().map(Reason::code).toList());
        assertTrue(
                second.get(0).message().contains("your photo of 4 Dec, 10:15"),
                second.get(0).message());
        assertTrue(second.get(0).message().contains("delete it"), second.get(0).message());

        AcceptedPhoto alsoMine =
                new AcceptedPhoto(~stranger.dhash() ^ 0xFFFF, embedding(3), "your photo of 4 Dec, 10:20");
        List<Reason> third = GATE.check(stranger, List.of(first, alsoMine));
        assertTrue(
                third.get(0).message().contains("10:15 and your photo of 4 Dec, 10:20"),
                third.get(0).message());
        List<Reason> later = GATE.check(stranger, List.of(first, alsoMine, alsoMine));
        assertEquals(ReasonCode.DIFFERENT_PERSON.advice(), later.get(0).message(), "a majority knows who it is");

        PhotoMeasurements me = good(List.of(new FaceMeasure(
                1000,
                1200,
                1900,
                2325,
                0.99f,
                1210,
                2280,
                0.98f,
                0.97f,
                3,
                -5,
                1,
                0.95f,
                new float[] {0, 0, 0, 0.9f, 0.43589f, 0, 0, 0},
                EyeAperture.UNKNOWN,
                EyeAperture.UNKNOWN)));
        assertEquals(List.of(), codes(me, List.of(first)), "the same person's second photo");
    }

    @Test
    void aBroadSmileIsNotClosedEyesWhenTheEyesOutlineIsOpen() {
        FaceMeasure smiling = new FaceMeasure(
                1000, 1200, 1900, 2325, 0.99f, 1210, 2280, 0.15f, 0.3f, 3, -5, 1, 0.95f, embedding(0), 0.24f, 0.26f);
        assertEquals(List.of(), codes(good(List.of(smiling)), List.of()));
        FaceMeasure closed = new FaceMeasure(
                1000, 1200, 1900, 2325, 0.99f, 1210, 2280, 0.15f, 0.3f, 3, -5, 1, 0.95f, embedding(0), 0.09f, 0.26f);
        assertEquals(List.of(ReasonCode.EYES_CLOSED), codes(good(List.of(closed)), List.of()), "one eye shut");
        FaceMeasure winkingButOpenByModel = new FaceMeasure(
                1000, 1200, 1900, 2325, 0.99f, 1210, 2280, 0.9f, 0.95f, 3, -5, 1, 0.95f, embedding(0), 0.12f, 0.26f);
        assertEquals(
                List.of(),
                codes(good(List.of(winkingButOpenByModel)), List.of()),
                "the outline only overrules the model towards open, never towards closed");
    }

    @Test
    void aTonedPrintIsGreyscaleHoweverSaturatedAndAWarmColourPhotoIsNot() {
        FaceMeasure face = face(1000, 1200, 900);
        PhotoMeasurements saturatedSepia =
                new PhotoMeasurements(3000, 4000, List.of(face), 0.15f, 140, 0.01f, 0.01f, 30, 0.55f, 6, 1L, 2.1f);
        assertEquals(List.of(ReasonCode.GRAYSCALE), codes(saturatedSepia, List.of()));
        PhotoMeasurements warmColour =
                new PhotoMeasurements(3000, 4000, List.of(face), 0.15f, 140, 0.01f, 0.01f, 30, 0.2f, 6, 1L, 14f);
        assertEquals(List.of(), codes(warmColour, List.of()), "one warm hue, but colours of its own");
        PhotoMeasurements olderNode =
                new PhotoMeasurements(3000, 4000, List.of(face), 0.15f, 140, 0.01f, 0.01f, 30, 0.1f, 6, 1L, 0);
        assertEquals(List.of(ReasonCode.GRAYSCALE), codes(olderNode, List.of()), "judged by hue and saturation");
    }
}
