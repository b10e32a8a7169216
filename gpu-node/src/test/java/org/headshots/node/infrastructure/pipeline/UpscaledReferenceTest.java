package org.headshots.node.infrastructure.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.headshots.node.application.GenerationOrder;
import org.headshots.node.application.Headshot;
import org.headshots.node.application.HeadshotChecksFailedException;
import org.headshots.node.application.HeadshotService;
import org.headshots.node.application.ImageUpscaler;
import org.headshots.node.application.JobKey;
import org.headshots.node.infrastructure.DeviceProbe;
import org.headshots.node.infrastructure.OnnxRuntimeEngine;
import org.headshots.node.infrastructure.OnnxRuntimeEngine.ProviderChoice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A reference whose face is far smaller than a headshot needs (the astronaut at half size, her face about 60 px
 * high) is enlarged before it is matted: with Real-ESRGAN its headshots pass the checks, with bicubic they are
 * refused (or, were they not, less sharp).
 */
@Tag("model-pack")
class UpscaledReferenceTest {

    private static final int COUNT = 2;

    private static OnnxRuntimeEngine engine;
    private static FacePipeline pipeline;
    private static RealEsrganUpscaler upscaler;
    private static byte[] smallAstronaut;
    private static float[] identity;

    @BeforeAll
    static void open() throws Exception {
        engine = OnnxRuntimeEngine.start(ProviderChoice.AUTO, 0, new DeviceProbe());
        pipeline = FacePipeline.open(engine, StarterPack.models());
        upscaler = RealEsrganUpscaler.open(engine, RealEsrganUpscalerTest.model());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(TestPhotos.scaled(TestPhotos.load("astronaut.png"), 0.5), "png", png);
        smallAstronaut = png.toByteArray();
        identity = pipeline.analyze(TestPhotos.load("astronaut.png"))
                .faces()
                .get(0)
                .embedding()
                .values();
    }

    @AfterAll
    static void close() throws Exception {
        if (upscaler != null) {
            upscaler.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void realEsrganGivesSharperFacesThanBicubicAndTheSamePixelsEachTime() throws Exception {
        List<Headshot> learned = generate(upscaler);
        List<Headshot> bicubic;
        try {
            bicubic = generate(ImageUpscaler.bicubic());
        } catch (HeadshotChecksFailedException e) {
            // measured: face sharpness 0.05 at every try, below the checks' 0.10 (Real-ESRGAN: 0.16-0.19)
            System.out.println("bicubic: refused, " + e.getMessage());
            assertTrue(e.getMessage().contains("face sharpness"), e.getMessage());
            bicubic = List.of();
        }
        for (int i = 0; i < COUNT; i++) {
            Headshot h = learned.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "headshot %d from a 60 px face: %dx%d, identity %.3f, face sharpness"
                            + " Real-ESRGAN %.3f, bicubic %s%n",
                    i,
                    h.width(),
                    h.height(),
                    h.identitySimilarity(),
                    h.quality(),
                    bicubic.isEmpty()
                            ? "refused"
                            : String.format(Locale.ROOT, "%.3f", bicubic.get(i).quality()));
            if (!bicubic.isEmpty()) {
                assertTrue(h.quality() > 1.2 * bicubic.get(i).quality(), "headshot " + i);
            }
        }
        List<Headshot> again = generate(upscaler);
        for (int i = 0; i < COUNT; i++) {
            assertEquals(learned.get(i).sha256(), again.get(i).sha256(), "headshot " + i + " made again");
        }
    }

    private static List<Headshot> generate(ImageUpscaler with) throws Exception {
        HeadshotService service = OneSlotHeadshotService.over(pipeline, with);
        GenerationOrder order = new GenerationOrder(
                "studio-grey", COUNT, identity, "small-astronaut", "", 3, GenerationOrder.DEFAULT_MIN_IDENTITY);
        List<Headshot> out = new ArrayList<>();
        JobKey key = new JobKey("small-astronaut-" + with.name().replaceAll("[^A-Za-z0-9]", "-"));
        service.generate(key, order, List.of(smallAstronaut), 0, 0, out::add, () -> false);
        return out;
    }
}
