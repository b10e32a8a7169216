package org.headshots.node.infrastructure.compose;

import java.awt.image.BufferedImage;
import java.util.List;
import org.headshots.node.application.HeadshotRenderer;
import org.headshots.node.domain.NodeRefusal;
import org.headshots.node.domain.compose.HeadshotStyle;
import org.headshots.node.domain.compose.StyleCatalogue;
import org.headshots.node.domain.compose.Variation;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.AnalyzedFace;
import org.headshots.node.infrastructure.image.MattePng;

/** Headshots made by compositing (matte, backdrop, key light, grade, framing) in the styles of a catalogue. */
public final class CompositingRenderer implements HeadshotRenderer {

    private final StyleCatalogue catalogue;
    private final HeadshotComposer composer = new HeadshotComposer();
    private final JpegEncoder encoder = new JpegEncoder();

    public CompositingRenderer(StyleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<String> styles() {
        return catalogue.ids();
    }

    @Override
    public void checkOrder(String style, String brandColour) throws NodeRefusal {
        NodeRefusal.fromRequest("", () -> catalogue.forOrder(style, brandColour));
    }

    @Override
    public Rendering render(BufferedImage photo, AlphaMatte matte, AnalyzedFace face, Recipe recipe) {
        HeadshotStyle style = catalogue.forOrder(recipe.style(), recipe.brandColour());
        Variation variation = Variation.of(style.id(), recipe.seed(), recipe.index(), recipe.attempt());
        ComposedHeadshot headshot = composer.compose(
                photo, matte, face.box(), face.landmarks().fivePoints(), style, variation, recipe.sourceEnlargement());
        return new Rendering(
                headshot.image(),
                headshot.composition().upscaled(),
                Math.max(1, headshot.composition().scale() * recipe.sourceEnlargement()),
                headshot.matte());
    }

    @Override
    public byte[] encode(BufferedImage headshot) {
        return encoder.encode(headshot);
    }

    @Override
    public byte[] encodeMatte(BufferedImage matte) {
        return MattePng.encode(matte);
    }
}
