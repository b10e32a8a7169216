package org.headshots.node.infrastructure.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.headshots.node.domain.face.AlphaMatte;

/** Mattes as the wire contract carries them: 8-bit grey PNG, 0 background, 255 person. */
public final class MattePng {

    private MattePng() {}

    public static byte[] encode(AlphaMatte matte) {
        BufferedImage grey = new BufferedImage(matte.width(), matte.height(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setDataElements(0, 0, matte.width(), matte.height(), matte.alpha());
        return encode(grey);
    }

    /** @param grey a {@link BufferedImage#TYPE_BYTE_GRAY} matte */
    public static byte[] encode(BufferedImage grey) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(grey, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A matte cannot be encoded as PNG", e);
        }
    }
}
