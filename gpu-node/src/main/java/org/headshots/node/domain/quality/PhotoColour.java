package org.headshots.node.domain.quality;

/**
 * The colour of a whole photo.
 *
 * @param colourfulness  Hasler–Süsstrunk M: 0 grey, ~15 muted, ~33 moderate, ~59 quite, ~82 highly, 109+ extremely
 * @param meanSaturation mean HSV saturation, 0..1
 * @param hueSpread      circular standard deviation of the hue of the saturated pixels in degrees, 0..180
 *                       (capped); 0 when almost no pixel is saturated. Small for sepia and other single tints.
 * @param toneResidual   how much colour is left once a pixel's brightness is known: the median distance, in the
 *                       opponent units of colourfulness, of a pixel's chroma from the mean chroma of the pixels
 *                       as bright as it. A toned print (sepia, cyanotype, split toning, any saturation) colours by
 *                       brightness alone, so it has almost none (a few units of noise); a colour photo has skin,
 *                       clothes and background of different colours at the same brightness, however warm it is.
 */
public record PhotoColour(float colourfulness, float meanSaturation, float hueSpread, float toneResidual) {

    public PhotoColour {
        if (!(colourfulness >= 0 && Float.isFinite(colourfulness))) {
            throw new IllegalArgumentException("colourfulness must be a number >= 0: " + colourfulness);
        }
        FaceExposure.requireBetween("mean saturation", meanSaturation, 1);
        FaceExposure.requireBetween("hue spread", hueSpread, 180);
        if (!(toneResidual >= 0 && Float.isFinite(toneResidual))) {
            throw new IllegalArgumentException("tone residual must be a number >= 0: " + toneResidual);
        }
    }
}
