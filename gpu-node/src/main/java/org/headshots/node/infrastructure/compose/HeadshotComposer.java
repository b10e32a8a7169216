package org.headshots.node.infrastructure.compose;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Objects;
import org.headshots.node.domain.compose.Aspect;
import org.headshots.node.domain.compose.ColourGrade;
import org.headshots.node.domain.compose.Composition;
import org.headshots.node.domain.compose.FramePlanner;
import org.headshots.node.domain.compose.HeadshotStyle;
import org.headshots.node.domain.compose.KeyLight;
import org.headshots.node.domain.compose.Variation;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.FivePoints;

/**
 * Makes a headshot from a selfie by compositing: frames the person (eyes levelled, face scaled and
 * placed as the style says, at the resolution the photo supports, closer where the photo is cut above the frame's
 * bottom, a body it cuts fading into the backdrop), refines the matte's edge, takes the photo's own light out of
 * the person ({@link SceneLight}: colour cast and dimness), relights
 * and grades the person, paints the style's backdrop with the person's soft shadow on it, matches the
 * person's colour and light to it, grades the whole frame lightly and darkens its corners. The same
 * inputs always give the same pixels.
 */
public final class HeadshotComposer {

    /** Over what share of the frame's height a body the photo cuts off fades into the backdrop. */
    private static final double BODY_FADE = 0.08;

    /** How much of the person's grade the whole frame gets, to tie person and backdrop together. */
    private static final double FRAME_GRADE = 0.2;

    private static final float[] ORDERED_DITHER = {
        0, 8, 2, 10,
        12, 4, 14, 6,
        3, 11, 1, 9,
        15, 7, 13, 5,
    };

    /**
     * Headshot {@code variation.index()} of {@code style}, square or portrait as {@link Aspect#forIndex} says, from a
     * photo enlarged {@code sourceEnlargement} times from the one taken: sized by the pixels it was taken with.
     */
    public ComposedHeadshot compose(
            BufferedImage photo,
            AlphaMatte matte,
            FaceBox face,
            FivePoints points,
            HeadshotStyle style,
            Variation variation,
            double sourceEnlargement) {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(matte, "matte");
        Objects.requireNonNull(face, "face");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(variation, "variation");
        Composition composition = FramePlanner.plan(
                face,
                points,
                style.framing(),
                Aspect.forIndex(variation.index()),
                variation,
                photo.getHeight(),
                sourceEnlargement);
        PhotoSource source = PhotoSource.of(
                photo,
                matte,
                composition.scale(),
                face.bottom(),
                BODY_FADE * composition.height() / composition.scale());

        PersonLayer person = place(source, composition);
        MatteRefiner.refine(person);
        SceneLight.of(photo, matte).applyTo(person);
        KeyLight light = style.keyLight().turned(variation.lightTurnDegrees());
        KeyLighting.apply(person, composition, light);
        ColourGrade grade = style.grade();
        gradePerson(person, new ColourGrading(grade));
        BackdropLayer backdrop = BackdropLayer.paint(
                style.backdrop(),
                variation.backdropShift(),
                variation.sceneSeed(),
                composition.width(),
                composition.height());
        GroundShadow.cast(backdrop, person, composition, light);
        BackdropMatch.apply(person, backdrop);
        BufferedImage image = finish(
                person,
                backdrop,
                style.backdrop().exact(),
                new ColourGrading(grade.scaled(FRAME_GRADE)),
                style.vignette());
        return new ComposedHeadshot(image, composition, matteOf(person));
    }

    /** The person's final alpha, as the frame was composited with it. */
    private static BufferedImage matteOf(PersonLayer person) {
        BufferedImage matte = new BufferedImage(person.width, person.height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] grey = ((DataBufferByte) matte.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (byte) Math.round(Math.max(0, Math.min(1, person.alpha[i])) * 255);
        }
        return matte;
    }

    private static PersonLayer place(PhotoSource source, Composition composition) {
        PersonLayer layer = new PersonLayer(composition.width(), composition.height());
        float[] rgba = new float[4];
        float[] tap = new float[4];
        // the placement is affine: step through the photo instead of inverting it for every pixel
        double originX = composition.photoX(0, 0);
        double originY = composition.photoY(0, 0);
        double acrossX = composition.photoX(1, 0) - originX;
        double acrossY = composition.photoY(1, 0) - originY;
        double downX = composition.photoX(0, 1) - originX;
        double downY = composition.photoY(0, 1) - originY;
        for (int y = 0; y < layer.height; y++) {
            for (int x = 0; x < layer.width; x++) {
                double frameX = x + 0.5;
                double frameY = y + 0.5;
                source.sample(
                        originX + acrossX * frameX + downX * frameY,
                        originY + acrossY * frameX + downY * frameY,
                        rgba,
                        tap);
                int i = y * layer.width + x;
                layer.red[i] = rgba[0];
                layer.green[i] = rgba[1];
                layer.blue[i] = rgba[2];
                layer.alpha[i] = rgba[3];
            }
        }
        return layer;
    }

    private static void gradePerson(PersonLayer layer, ColourGrading grading) {
        float[] rgb = new float[3];
        for (int i = 0; i < layer.alpha.length; i++) {
            if (layer.alpha[i] <= 0) {
                continue;
            }
            rgb[0] = layer.red[i];
            rgb[1] = layer.green[i];
            rgb[2] = layer.blue[i];
            grading.apply(rgb);
            layer.red[i] = rgb[0];
            layer.green[i] = rgb[1];
            layer.blue[i] = rgb[2];
        }
    }

    /**
     * Alpha composite, light frame grade, vignette, then 8 bits with an ordered dither against banding. An
     * exact backdrop is left as it is: only the person gets the frame grade, and no vignette.
     */
    private static BufferedImage finish(
            PersonLayer person,
            BackdropLayer backdrop,
            boolean exactBackdrop,
            ColourGrading frameGrade,
            double vignette) {
        int width = person.width;
        int height = person.height;
        int[] out = new int[width * height];
        float[] rgb = new float[3];
        double strength = exactBackdrop ? 0 : vignette;
        for (int y = 0; y < height; y++) {
            double dy = 2 * (y + 0.5) / height - 1;
            for (int x = 0; x < width; x++) {
                double dx = 2 * (x + 0.5) / width - 1;
                int i = y * width + x;
                float a = person.alpha[i];
                if (exactBackdrop) {
                    rgb[0] = person.red[i];
                    rgb[1] = person.green[i];
                    rgb[2] = person.blue[i];
                    frameGrade.apply(rgb);
                    rgb[0] = a * rgb[0] + (1 - a) * backdrop.red[i];
                    rgb[1] = a * rgb[1] + (1 - a) * backdrop.green[i];
                    rgb[2] = a * rgb[2] + (1 - a) * backdrop.blue[i];
                } else {
                    rgb[0] = a * person.red[i] + (1 - a) * backdrop.red[i];
                    rgb[1] = a * person.green[i] + (1 - a) * backdrop.green[i];
                    rgb[2] = a * person.blue[i] + (1 - a) * backdrop.blue[i];
                    frameGrade.apply(rgb);
                }
                float darken = (float) (1 - strength * smoothstep(0.4, 1.0, Math.sqrt((dx * dx + dy * dy) / 2)));
                float dither = (ORDERED_DITHER[(y & 3) * 4 + (x & 3)] + 0.5f) / 16f;
                out[i] = toByte(rgb[0] * darken, dither) << 16
                        | toByte(rgb[1] * darken, dither) << 8
                        | toByte(rgb[2] * darken, dither);
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, out, 0, width);
        return image;
    }

    private static int toByte(float value, float dither) {
        int level = (int) Math.floor(value * 255 + dither);
        return level < 0 ? 0 : level > 255 ? 255 : level;
    }

    private static double smoothstep(double from, double to, double value) {
        double t = Math.max(0, Math.min(1, (value - from) / (to - from)));
        return t * t * (3 - 2 * t);
    }
}
