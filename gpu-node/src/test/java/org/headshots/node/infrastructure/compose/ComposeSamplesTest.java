package org.headshots.node.infrastructure.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.headshots.node.domain.compose.HeadshotStyle;
import org.headshots.node.domain.compose.StyleCatalogue;
import org.headshots.node.domain.compose.Variation;
import org.junit.jupiter.api.Test;

/** Writes a headshot of every catalogue style to target/compose-samples for people to look at. */
class ComposeSamplesTest {

    @Test
    void writesASampleOfEveryStyle() throws IOException {
        Path folder = Path.of("target", "compose-samples");
        Files.createDirectories(folder);
        SyntheticSelfie selfie = SyntheticSelfie.tilted(10);
        HeadshotComposer composer = new HeadshotComposer();
        JpegEncoder jpeg = new JpegEncoder();
        Files.write(folder.resolve("input.jpg"), jpeg.encode(selfie.photo()));
        for (HeadshotStyle style : StyleCatalogue.standard().all()) {
            for (int index : new int[] {0, 1, 3}) {
                Path file = folder.resolve(style.id() + "-" + index + ".jpg");
                Files.write(
                        file,
                        jpeg.encode(selfie.composedBy(composer, style, Variation.of(style.id(), 0, index, 0))
                                .image()));
                assertTrue(Files.size(file) > 1000, file.toString());
            }
        }
    }
}
