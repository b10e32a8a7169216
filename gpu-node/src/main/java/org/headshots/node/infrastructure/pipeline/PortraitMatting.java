package org.headshots.node.infrastructure.pipeline;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.List;
import org.headshots.node.domain.face.AlphaMatte;

/**
 * ISNet portrait matting: the whole photo stretched to 1024 × 1024, RGB (p − 128) / 256; the first output is a
 * 1024 × 1024 map that is min-max normalised and resized back to the photo, its edge then drawn at the photo's
 * resolution ({@link MatteUpsampling}).
 */
public final class PortraitMatting {

    private static final int SIZE = 1024;
    private static final RgbImage.Normalisation NORMALISATION = RgbImage.Normalisation.uniform(128, 256);

    private final SessionRunner runner;
    private final String output;

    public PortraitMatting(OrtEnvironment environment, OrtSession session) throws OrtException {
        runner = new SessionRunner(environment, session, "the ISNet matting model", 1, 3, SIZE, SIZE);
        output = runner.outputNames().get(0);
    }

    public AlphaMatte matte(RgbImage photo) throws OrtException {
        float[] input = photo.planarRgb(
                PixelMapping.crop(0, 0, photo.width(), photo.height(), SIZE, SIZE), SIZE, SIZE, NORMALISATION);
        float[] map = runner.run(input, List.of(output))[0];
        byte[] enlarged = resizeToBytes(map, photo.width(), photo.height());
        return new AlphaMatte(
                photo.width(),
                photo.height(),
                MatteUpsampling.refine(photo.packed(), photo.width(), photo.height(), enlarged));
    }

    private static byte[] resizeToBytes(float[] map, int width, int height) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : map) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float range = max > min ? max - min : 1;
        byte[] alpha = new byte[width * height];
        for (int y = 0; y < height; y++) {
            float my = clamp((y + 0.5f) * SIZE / height - 0.5f);
            int y0 = (int) my;
            int y1 = Math.min(y0 + 1, SIZE - 1);
            float fy = my - y0;
            for (int x = 0; x < width; x++) {
                float mx = clamp((x + 0.5f) * SIZE / width - 0.5f);
                int x0 = (int) mx;
                int x1 = Math.min(x0 + 1, SIZE - 1);
                float fx = mx - x0;
                float v = (map[y0 * SIZE + x0] * (1 - fx) + map[y0 * SIZE + x1] * fx) * (1 - fy)
                        + (map[y1 * SIZE + x0] * (1 - fx) + map[y1 * SIZE + x1] * fx) * fy;
                alpha[y * width + x] = (byte) Math.round((v - min) / range * 255);
            }
        }
        return alpha;
    }

    private static float clamp(float coordinate) {
        return Math.max(0, Math.min(SIZE - 1, coordinate));
    }

    void warmUp() throws OrtException {
        runner.run(runner.blankInput(), List.of(output));
    }
}
