package org.headshots.node.infrastructure.pipeline;

import java.time.Clock;
import java.time.Duration;
import org.headshots.node.application.ActiveJobs;
import org.headshots.node.application.HeadshotService;
import org.headshots.node.application.ImageUpscaler;
import org.headshots.node.application.JobGate;
import org.headshots.node.application.JobLedger;
import org.headshots.node.domain.compose.StyleCatalogue;
import org.headshots.node.infrastructure.compose.CompositingRenderer;
import org.headshots.node.infrastructure.image.PhotoDecoder;

/** The node's headshot service as the tests on real photos run it: the real pipeline, one job at a time. */
final class OneSlotHeadshotService {

    private OneSlotHeadshotService() {}

    static HeadshotService over(FacePipeline pipeline, ImageUpscaler upscaler) {
        return new HeadshotService(
                new PhotoDecoder(),
                pipeline,
                new CompositingRenderer(StyleCatalogue.standard()),
                new JobGate(1),
                new JobLedger(Clock.systemUTC(), Duration.ofMinutes(10), 100),
                new ActiveJobs(Clock.systemUTC()),
                upscaler);
    }
}
