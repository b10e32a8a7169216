package org.headshots.node.application;

import java.awt.image.BufferedImage;
import java.util.List;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.AnalyzedFace;

/** Makes one headshot of a style from a photo, its matte and its face: the same inputs give the same image. */
public interface HeadshotRenderer {

    /** The style ids the renderer knows. */
    List<String> styles();

    /**
     * @throws IllegalArgumentException for an unknown style, naming the known ones
     */
    BufferedImage render(BufferedImage photo, AlphaMatte matte, AnalyzedFace face, String style, int variation);

    /** The image as JPEG bytes. */
    byte[] encode(BufferedImage headshot);
}
