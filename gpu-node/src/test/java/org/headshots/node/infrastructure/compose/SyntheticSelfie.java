package org.headshots.node.infrastructure.compose;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;
import org.headshots.node.domain.compose.HeadshotStyle;
import org.headshots.node.domain.compose.Variation;
import org.headshots.node.domain.face.AlphaMatte;
import org.headshots.node.domain.face.FaceBox;
import org.headshots.node.domain.face.FivePoints;
import org.headshots.node.domain.face.Point;

/**
 * A drawn stand-in for a selfie: a skin-coloured oval head with two dark eyes and a mouth, a neck
 * and a navy body, in front of a noisy striped background, with the matching matte, face box and
 * landmarks. The person can be tilted about the head's centre.
 */
record SyntheticSelfie(BufferedImage photo, AlphaMatte matte, FaceBox face, FivePoints points) {

    static final int WIDTH = 800;
    static final int HEIGHT = 1000;
    static final Color SKIN = new Color(222, 182, 150);
    static final Color BODY = new Color(40, 52, 92);
    static final Point2D.Double HEAD = new Point2D.Double(400, 380);

    /** Upright, body reaching the photo's bottom edge. */
    static SyntheticSelfie upright() {
        return of(0, HEIGHT + 300);
    }

    /** Headshot {@code variation.index()} of {@code style} made from this selfie, as taken (not enlarged). */
    ComposedHeadshot composedBy(HeadshotComposer composer, HeadshotStyle style, Variation variation) {
        return composer.compose(photo, matte, face, points, style, variation, 1);
    }

    static SyntheticSelfie tilted(double degrees) {
        return of(degrees, HEIGHT + 300);
    }

    /** Upright, with the body ending at {@code bodyBottom}, background below it. */
    static SyntheticSelfie of(double tiltDegrees, int bodyBottom) {
        return of(tiltDegrees, bodyBottom, null);
    }

    /** Upright, the same person in front of one flat colour instead of the noisy stripes. */
    static SyntheticSelfie onPlain(Color background) {
        return of(0, HEIGHT + 300, background);
    }

    private static SyntheticSelfie of(double tiltDegrees, int bodyBottom, Color plain) {
        AffineTransform tilt = AffineTransform.getRotateInstance(Math.toRadians(tiltDegrees), HEAD.x, HEAD.y);
        Shape head = tilt.createTransformedShape(new Ellipse2D.Double(HEAD.x - 130, HEAD.y - 170, 260, 340));
        Shape neck = tilt.createTransformedShape(new java.awt.Rectangle(345, 520, 110, 80));
        Shape body = tilt.createTransformedShape(
                new Polygon(new int[] {250, 550, 750, 50}, new int[] {580, 580, bodyBottom, bodyBottom}, 4));

        BufferedImage photo = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(42);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (plain != null) {
                    photo.setRGB(x, y, plain.getRGB() & 0xFFFFFF);
                    continue;
                }
                int stripe = ((x / 23 + y / 31) % 2) * 60;
                int r = clamp(90 + stripe + noise.nextInt(70) - 35);
                int g = clamp(150 - stripe / 2 + noise.nextInt(70) - 35);
                int b = clamp(70 + noise.nextInt(70) - 35);
                photo.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        Graphics2D g = photo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BODY);
        g.fill(body);
        g.setColor(SKIN.darker());
        g.fill(neck);
        g.setColor(SKIN);
        g.fill(head);
        g.setColor(new Color(30, 20, 20));
        Point2D leftEye = tilt.transform(new Point2D.Double(350, 350), null);
        Point2D rightEye = tilt.transform(new Point2D.Double(450, 350), null);
        g.fill(new Ellipse2D.Double(leftEye.getX() - 12, leftEye.getY() - 12, 24, 24));
        g.fill(new Ellipse2D.Double(rightEye.getX() - 12, rightEye.getY() - 12, 24, 24));
        g.setColor(new Color(150, 60, 60));
        g.fill(tilt.createTransformedShape(new Ellipse2D.Double(360, 460, 80, 18)));
        g.dispose();

        BufferedImage matteImage = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D m = matteImage.createGraphics();
        m.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        m.setColor(Color.WHITE);
        m.fill(body);
        m.fill(neck);
        m.fill(head);
        m.dispose();
        byte[] alpha = ((DataBufferByte) matteImage.getRaster().getDataBuffer())
                .getData()
                .clone();

        Point2D nose = tilt.transform(new Point2D.Double(400, 410), null);
        Point2D leftMouth = tilt.transform(new Point2D.Double(362, 469), null);
        Point2D rightMouth = tilt.transform(new Point2D.Double(438, 469), null);
        return new SyntheticSelfie(
                photo,
                new AlphaMatte(WIDTH, HEIGHT, alpha),
                new FaceBox(270, 250, 530, 550, 0.98f),
                new FivePoints(point(leftEye), point(rightEye), point(nose), point(leftMouth), point(rightMouth)));
    }

    private static Point point(Point2D p) {
        return new Point((float) p.getX(), (float) p.getY());
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
