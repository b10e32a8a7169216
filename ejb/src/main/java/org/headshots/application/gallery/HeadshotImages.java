package org.headshots.application.gallery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.headshots.application.profile.ProfileSquare;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.selfie.PhotoStore;

/** A stored headshot as JPEG in the sizes people download and the exports embed. No access check: callers do it. */
@ApplicationScoped
public class HeadshotImages {

    @Inject
    PhotoStore store;

    public byte[] render(Headshot headshot, ImageSize size) {
        byte[] original = store.get(headshot.photoKey());
        return switch (size) {
            case ORIGINAL -> original;
            case LARGE -> jpeg(fit(decode(original), 1024));
            case PROFILE -> jpeg(profile(decode(original), 400));
            case THUMBNAIL -> jpeg(fit(decodeForSide(original, 320), 320));
        };
    }

    /** The headshot as made, decoded. */
    public BufferedImage picture(Headshot headshot) {
        return decode(store.get(headshot.photoKey()));
    }

    /** The person's matte in the headshot's frame, for headshots whose node sent one. */
    public Optional<BufferedImage> matte(Headshot headshot) {
        return headshot.matteKey().map(store::get).map(HeadshotImages::decode);
    }

    /** A stored JPEG or PNG (a headshot, its matte, a logo), decoded. */
    public static BufferedImage decode(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new IllegalStateException("A stored image is in no format this server reads");
            }
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException("A stored image cannot be read", e);
        }
    }

    /**
     * A stored image decoded with every n-th pixel of every n-th row only, n as large as leaves at least twice
     * {@code longSide} pixels on the long side: for small pictures the full image is not needed, and decoding it
     * costs most of their time and memory (4 MB for a 1024 x 1280 headshot).
     */
    static BufferedImage decodeForSide(byte[] image, int longSide) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalStateException("A stored image is in no format this server reads");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int step = Math.max(1, Math.max(reader.getWidth(0), reader.getHeight(0)) / (2 * longSide));
                ImageReadParam every = reader.getDefaultReadParam();
                every.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, every);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A stored image cannot be read", e);
        }
    }

    /** The headshot at most {@code longSide} pixels on its long side, for a picture in a spreadsheet's row. */
    public Thumbnail thumbnail(Headshot headshot, int longSide) {
        BufferedImage small = fit(decodeForSide(store.get(headshot.photoKey()), longSide), longSide);
        return new Thumbnail(jpeg(small), small.getWidth(), small.getHeight());
    }

    private static BufferedImage fit(BufferedImage image, int longSide) {
        double scale = Math.min(1.0, (double) longSide / Math.max(image.getWidth(), image.getHeight()));
        return resized(
                image, 0, 0, image.getWidth(), image.getHeight(), (int) Math.round(image.getWidth() * scale), (int)
                        Math.round(image.getHeight() * scale));
    }

    /** A square from the top of the portrait: the framing puts the eyes at about 40 % of the height. */
    private static BufferedImage profile(BufferedImage image, int side) {
        ProfileSquare square = ProfileSquare.of(image.getWidth(), image.getHeight());
        return resized(image, square.left(), square.top(), square.side(), square.side(), side, side);
    }

    private static BufferedImage resized(
            BufferedImage image, int x, int y, int width, int height, int outWidth, int outHeight) {
        BufferedImage out = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, outWidth, outHeight, x, y, x + width, y + height, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A headshot cannot be encoded", e);
        }
    }
}
