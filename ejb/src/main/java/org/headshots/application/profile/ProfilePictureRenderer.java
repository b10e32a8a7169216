package org.headshots.application.profile;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.headshots.domain.profile.Background;
import org.headshots.domain.profile.LogoCorner;
import org.headshots.domain.profile.ProfilePictureTemplate;
import org.headshots.domain.profile.Shape;
import org.headshots.domain.refusal.InvalidValueException;

/**
 * A headshot as a profile picture in an organisation's template, as PNG (a circle needs transparency). The
 * brand colour is the organisation's stored one ({@code settings.brandColour().map(Color::decode)}); it is needed
 * only when the template uses it. The matte is the person's 8-bit alpha mask, the headshot's size: 255 person,
 * 0 background, one grey band (as a grey PNG decodes) or the red channel of a colour image.
 */
@ApplicationScoped
public class ProfilePictureRenderer {

    static final double LOGO_SHARE = 0.22;
    static final double LOGO_MARGIN = 0.04;

    public RenderedProfilePicture render(
            BufferedImage headshot,
            Optional<BufferedImage> matte,
            ProfilePictureTemplate template,
            Optional<Color> brandColour,
            Optional<BufferedImage> logo) {
        Objects.requireNonNull(headshot, "headshot");
        Objects.requireNonNull(matte, "matte");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(brandColour, "brandColour");
        Objects.requireNonNull(logo, "logo");
        if (template.usesBrandColour() && brandColour.isEmpty()) {
            throw new InvalidValueException("The template puts the brand colour behind the person or on the "
                    + "border, but the organisation has none: set one in its settings or choose another template");
        }
        matte.ifPresent(m -> sameSize(headshot, m));

        int side = template.size();
        ProfileSquare square = ProfileSquare.of(headshot.getWidth(), headshot.getHeight());
        int[] photo = pixels(scaled(cut(headshot, square), side, side, BufferedImage.TYPE_INT_RGB));
        boolean replaced = template.background() == Background.BRAND && matte.isPresent();
        if (replaced) {
            int[] mask = pixels(scaled(cut(maskAsRgb(matte.get()), square), side, side, BufferedImage.TYPE_INT_RGB));
            overBrand(photo, mask, brandColour.get());
        }
        if (template.greyscale()) {
            greyscale(photo);
        }
        int border = switch (template.borderColour()) {
            case BRAND -> brandColour.map(Color::getRGB).orElse(0);
            case WHITE -> 0xffffff;
            case BLACK -> 0x000000;
        };
        if (template.shape() == Shape.CIRCLE) {
            circle(photo, side, template.borderWidth(), border);
        } else {
            squareBorder(photo, side, template.borderWidth(), border);
        }
        BufferedImage picture = new BufferedImage(
                side,
                side,
                template.shape() == Shape.CIRCLE ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, side, side, photo, 0, side);
        if (template.logoCorner() != LogoCorner.NONE) {
            logo.ifPresent(l -> drawLogo(picture, l, template));
        }
        return new RenderedProfilePicture(png(picture), replaced);
    }

    private static void sameSize(BufferedImage headshot, BufferedImage matte) {
        if (matte.getWidth() != headshot.getWidth() || matte.getHeight() != headshot.getHeight()) {
            throw new IllegalArgumentException("The matte is " + matte.getWidth() + "×" + matte.getHeight()
                    + " px but the headshot " + headshot.getWidth() + "×" + headshot.getHeight()
                    + " px: a matte must be the size of its headshot");
        }
    }

    /** A view of the square, so that scaling cannot draw in pixels from outside it. */
    private static BufferedImage cut(BufferedImage image, ProfileSquare square) {
        return image.getSubimage(square.left(), square.top(), square.side(), square.side());
    }

    /** Bicubic, halving first while the image is at least twice the size: one bicubic step would alias. */
    static BufferedImage scaled(BufferedImage image, int width, int height, int type) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = drawn(current, current.getWidth() / 2, current.getHeight() / 2, type);
        }
        return drawn(current, width, height, type);
    }

    private static BufferedImage drawn(BufferedImage image, int width, int height, int type) {
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /**
     * The mask as grey RGB, read from the raster: {@code getRGB} of a grey image goes through a colour
     * conversion that would change the mask's values.
     */
    private static BufferedImage maskAsRgb(BufferedImage matte) {
        int width = matte.getWidth();
        int height = matte.getHeight();
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Raster raster = matte.getRaster();
        boolean oneBand = raster.getNumBands() == 1;
        int max = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            if (oneBand) {
                raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, 0, row);
            } else {
                matte.getRGB(0, y, width, 1, row, 0, width);
            }
            for (int x = 0; x < width; x++) {
                int v = oneBand ? (int) Math.round(row[x] * 255.0 / max) : row[x] >> 16 & 0xff;
                row[x] = v << 16 | v << 8 | v;
            }
            grey.setRGB(0, y, width, 1, row, 0, width);
        }
        return grey;
    }

    /** The person over the brand colour, the matte as a soft alpha so that hair and edges blend. */
    private static void overBrand(int[] photo, int[] mask, Color brand) {
        int br = brand.getRed();
        int bg = brand.getGreen();
        int bb = brand.getBlue();
        for (int i = 0; i < photo.length; i++) {
            int a = mask[i] & 0xff;
            int p = photo[i];
            photo[i] = rgb(mix(p >> 16 & 0xff, br, a), mix(p >> 8 & 0xff, bg, a), mix(p & 0xff, bb, a));
        }
    }

    private static int mix(int person, int brand, int alpha) {
        return (person * alpha + brand * (255 - alpha) + 127) / 255;
    }

    /** Rec. 709 luma. */
    private static void greyscale(int[] photo) {
        for (int i = 0; i < photo.length; i++) {
            int p = photo[i];
            int y = (2126 * (p >> 16 & 0xff) + 7152 * (p >> 8 & 0xff) + 722 * (p & 0xff) + 5000) / 10000;
            photo[i] = rgb(y, y, y);
        }
    }

    private static void squareBorder(int[] photo, int side, int width, int colour) {
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean onBorder = x < width || y < width || x >= side - width || y >= side - width;
                photo[y * side + x] = 0xff000000 | (onBorder ? colour : photo[y * side + x]) & 0xffffff;
            }
        }
    }

    /**
     * The circle and its ring by the distance of each pixel's centre from the middle: a pixel half inside
     * is half covered, which anti-aliases both edges, and everything outside gets alpha 0.
     */
    private static void circle(int[] photo, int side, int ringWidth, int colour) {
        double radius = side / 2.0;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double distance = Math.hypot(x + 0.5 - radius, y + 0.5 - radius);
                double inside = clamp(radius - distance + 0.5);
                double ring = ringWidth == 0 ? 0 : clamp(distance - (radius - ringWidth) + 0.5);
                int p = photo[y * side + x];
                int r = blend(p >> 16 & 0xff, colour >> 16 & 0xff, ring);
                int g = blend(p >> 8 & 0xff, colour >> 8 & 0xff, ring);
                int b = blend(p & 0xff, colour & 0xff, ring);
                photo[y * side + x] = (int) Math.round(inside * 255) << 24 | rgb(r, g, b) & 0xffffff;
            }
        }
    }

    private static int blend(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /**
     * The logo fitted into 22 % of the side, its transparency kept, a margin of 4 % inside the border. On a
     * circle it moves inwards along the diagonal until its outer corner is as far inside the circle.
     */
    private static void drawLogo(BufferedImage picture, BufferedImage logo, ProfilePictureTemplate template) {
        int side = template.size();
        double scale = LOGO_SHARE * side / Math.max(logo.getWidth(), logo.getHeight());
        int width = Math.max(1, (int) Math.round(logo.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(logo.getHeight() * scale));
        BufferedImage small = scaled(logo, width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        double inset = template.borderWidth() + LOGO_MARGIN * side;
        if (template.shape() == Shape.CIRCLE) {
            double radius = side / 2.0;
            inset = radius - (radius - inset) / Math.sqrt(2);
        }
        int near = (int) Math.ceil(inset);
        LogoCorner corner = template.logoCorner();
        boolean left = corner == LogoCorner.TOP_LEFT || corner == LogoCorner.BOTTOM_LEFT;
        boolean top = corner == LogoCorner.TOP_LEFT || corner == LogoCorner.TOP_RIGHT;
        Graphics2D g = picture.createGraphics();
        g.drawImage(small, left ? near : side - near - width, top ? near : side - near - height, null);
        g.dispose();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int rgb(int r, int g, int b) {
        return 0xff000000 | r << 16 | g << 8 | b;
    }

    private static byte[] png(BufferedImage picture) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A profile picture cannot be encoded", e);
        }
    }
}
