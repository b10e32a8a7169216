package org.headshots.node.infrastructure.compose;

import org.headshots.node.domain.compose.Backdrop;
import org.headshots.node.domain.compose.BackdropShift;

/** The backdrop painted at the frame's size: colour channels, 0 to 1, row-major. */
final class BackdropLayer extends ColourPlanes {

    BackdropLayer(int width, int height) {
        super(width, height);
    }

    /** Paints {@code backdrop} as a variation shifts it; a scene shows what {@code sceneSeed} picks. */
    static BackdropLayer paint(Backdrop backdrop, BackdropShift shift, long sceneSeed, int width, int height) {
        BackdropShift applied = backdrop.exact() ? BackdropShift.NONE : shift;
        if (backdrop instanceof Backdrop.Scene scene) {
            return ScenePainter.paint(scene, sceneSeed, (float) (1 + applied.brightness()), width, height);
        }
        BackdropLayer layer = new BackdropLayer(width, height);
        float gain = (float) (1 + applied.brightness());
        float[] inner = channels(backdrop.inner().packed(), gain);
        float[] outer = channels(backdrop.outer().packed(), gain);
        BackdropBlend blend = new BackdropBlend(backdrop, applied.angleDegrees(), width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float t = blend.at(x, y);
                int i = y * width + x;
                layer.red[i] = inner[0] + (outer[0] - inner[0]) * t;
                layer.green[i] = inner[1] + (outer[1] - inner[1]) * t;
                layer.blue[i] = inner[2] + (outer[2] - inner[2]) * t;
            }
        }
        return layer;
    }

    /** The mean colour, from every fourth pixel of every fourth row (the layer is smooth). */
    float[] mean() {
        double[] sum = new double[3];
        int n = 0;
        for (int y = 0; y < height; y += 4) {
            for (int x = 0; x < width; x += 4) {
                int i = y * width + x;
                sum[0] += red[i];
                sum[1] += green[i];
                sum[2] += blue[i];
                n++;
            }
        }
        return new float[] {(float) (sum[0] / n), (float) (sum[1] / n), (float) (sum[2] / n)};
    }

    private static float[] channels(int packed, float gain) {
        return new float[] {
            ColourGrading.clamp01((packed >> 16 & 0xFF) / 255f * gain),
            ColourGrading.clamp01((packed >> 8 & 0xFF) / 255f * gain),
            ColourGrading.clamp01((packed & 0xFF) / 255f * gain),
        };
    }
}
