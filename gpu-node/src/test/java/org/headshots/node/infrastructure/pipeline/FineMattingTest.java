package org.headshots.node.infrastructure.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.infrastructure.DeviceProbe;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fine-matting pack's ISNet weights (fp16) in place of the starter's quantised ones, on a real photo. */
@Tag("model-pack")
class FineMattingTest {

    private static OnnxRuntimeEngine engine;
    private static FacePipeline starter;
    private static FacePipeline fine;
    private static BufferedImage astronaut;

    @TempDir
    static Path cache;

    @BeforeAll
    static void open() throws Exception {
        engine = OnnxRuntimeEngine.start(ProviderChoice.AUTO, 0, new DeviceProbe());
        starter = FacePipeline.open(engine, StarterPack.models());
        List<ModelFile> withFine = new ArrayList<>(StarterPack.models());
        withFine.add(StarterPack.fineMatting(cache));
        fine = FacePipeline.open(engine, withFine);
        astronaut = TestPhotos.load("astronaut.png");
    }

    @AfterAll
    static void close() throws Exception {
        if (starter != null) {
            starter.close();
        }
        if (fine != null) {
            fine.close();
        }
    }

    @Test
    void aNodeWithTheFineWeightsSeparatesThePersonWithThemAndAgreesWithTheStarterOnWhoSheIs() throws Exception {
        AlphaMatte quantised = starter.matte(astronaut);
        AlphaMatte finer = fine.matte(astronaut);
        assertEquals(astronaut.getWidth() * astronaut.getHeight(), finer.alpha().length);
        int both = 0;
        int either = 0;
        long difference = 0;
        for (int i = 0; i < finer.alpha().length; i++) {
            int a = quantised.alpha()[i] & 0xFF;
            int b = finer.alpha()[i] & 0xFF;
            boolean inA = a > 127;
            boolean inB = b > 127;
            both += inA && inB ? 1 : 0;
            either += inA || inB ? 1 : 0;
            difference += Math.abs(a - b);
        }
        double overlap = (double) both / either;
        double meanDifference = (double) difference / finer.alpha().length;
        assertTrue(overlap > 0.95, "the two mattes cover the same person: intersection over union " + overlap);
        // 0.17 levels on average for this 512 px photo: the two agree closely
        assertTrue(meanDifference > 0.05, "the fine weights were used: the mattes differ by " + meanDifference);
        // her face is person, the top corners (flag, wall) are not
        assertTrue(finer.mean(190, 70, 260, 170) > 0.9 * 255);
        assertTrue(finer.mean(0, 0, 40, 40) < 0.1 * 255 && finer.mean(472, 0, 512, 40) < 0.1 * 255);
    }
}
