package org.headshots.domain.selfie;

/** Why a selfie is not used, each with what the employee should do about it. */
public enum ReasonCode {
    NO_FACE("No face was found: take a photo of your face, looking at the camera, in good light."),
    MULTIPLE_FACES("More than one face is in the photo: upload a photo of only you."),
    FACE_TOO_SMALL(
            "Your face is too small in the photo: come closer, so that your face fills about a third of the picture."),
    IMAGE_TOO_SMALL("The photo is too small: upload the original from your camera, not a thumbnail or a screenshot."),
    FACE_CUT_OFF("Part of your face is outside the photo: keep your whole head, chin to hair, inside the frame."),
    BLURRY("The photo is blurry: hold the camera still, tap to focus on your face, and clean the lens."),
    TOO_DARK("The photo is too dark: face a window or a lamp, and avoid light from behind you."),
    TOO_BRIGHT("The photo is too bright: your face is washed out. Move out of direct sunlight or away from the flash."),
    GRAYSCALE("The photo is black-and-white or sepia: upload a colour photo without filters."),
    EYES_CLOSED("Your eyes look closed: take a photo with your eyes open."),
    HEAD_TURNED("Your head is turned or tilted too far: look straight at the camera."),
    DUPLICATE("You already uploaded this photo: upload a different one, with another pose, outfit or background."),
    DIFFERENT_PERSON("This face does not match your other photos: upload photos of yourself only."),
    NOT_A_PERSON("What was found does not look like a human face: upload a photo of yourself.");

    private final String advice;

    ReasonCode(String advice) {
        this.advice = advice;
    }

    /** The default message: what is wrong and what to do. */
    public String advice() {
        return advice;
    }
}
