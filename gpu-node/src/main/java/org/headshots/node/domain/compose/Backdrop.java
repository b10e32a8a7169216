package org.headshots.node.domain.compose;

import java.util.Objects;

/**
 * What the person stands in front of. Every backdrop blends two colours, {@link #inner()} and
 * {@link #outer()}; where it is which depends on its kind. A {@link Scene} is painted with more than
 * those two, which stand for its overall light. Positions are fractions of the frame: u from left to
 * right, v from top to bottom.
 */
public sealed interface Backdrop
        permits Backdrop.SingleColour, Backdrop.VerticalGradient, Backdrop.Studio, Backdrop.Scene {

    Rgb inner();

    Rgb outer();

    /**
     * Whether the backdrop must show exactly its colour, untouched by variations, vignette and grade: a
     * company's brand colour is checked against its style guide.
     */
    default boolean exact() {
        return false;
    }

    /** How far from {@link #inner()} (0) towards {@link #outer()} (1) the backdrop is at (u, v). */
    double blendAt(double u, double v, double angleDegrees);

    /** The colour at (u, v) under a variation's shift, rounded to 8 bits. */
    default Rgb colourAt(double u, double v, BackdropShift shift) {
        double t = blendAt(u, v, shift.angleDegrees());
        double gain = exact() ? 1 : 1 + shift.brightness();
        return new Rgb(
                channel(inner().red(), outer().red(), t, gain),
                channel(inner().green(), outer().green(), t, gain),
                channel(inner().blue(), outer().blue(), t, gain));
    }

    private static int channel(int from, int to, double t, double gain) {
        return (int) Math.round(Bounds.clamp((from + (to - from) * t) * gain, 0, 255));
    }

    /** One colour everywhere. */
    sealed interface SingleColour extends Backdrop permits Solid, BrandColour {

        Rgb colour();

        @Override
        default Rgb inner() {
            return colour();
        }

        @Override
        default Rgb outer() {
            return colour();
        }

        @Override
        default double blendAt(double u, double v, double angleDegrees) {
            return 0;
        }
    }

    /** One colour everywhere. */
    record Solid(Rgb colour) implements SingleColour {

        public Solid {
            Objects.requireNonNull(colour, "colour");
        }
    }

    /** From {@code inner} at the top edge to {@code outer} at the bottom edge; the angle tilts the axis. */
    record VerticalGradient(Rgb inner, Rgb outer) implements Backdrop {

        public VerticalGradient {
            Objects.requireNonNull(inner, "inner");
            Objects.requireNonNull(outer, "outer");
        }

        @Override
        public double blendAt(double u, double v, double angleDegrees) {
            double angle = Math.toRadians(angleDegrees);
            double along = (v - 0.5) * StrictMath.cos(angle) + (u - 0.5) * StrictMath.sin(angle);
            return Bounds.clamp(along + 0.5, 0, 1);
        }
    }

    /**
     * A painted studio backdrop: a light spot of {@code inner} behind the head falling off to
     * {@code outer} towards the frame's corners; the angle moves the spot sideways.
     */
    record Studio(Rgb inner, Rgb outer) implements Backdrop {

        private static final double SPOT_HEIGHT = 0.38;
        private static final double SPOT_TRAVEL = 0.25;

        public Studio {
            Objects.requireNonNull(inner, "inner");
            Objects.requireNonNull(outer, "outer");
        }

        @Override
        public double blendAt(double u, double v, double angleDegrees) {
            double spotU = 0.5 + SPOT_TRAVEL * StrictMath.sin(Math.toRadians(angleDegrees));
            double du = (u - spotU) / 0.75;
            double dv = (v - SPOT_HEIGHT) / 0.8;
            double distance = Math.min(1, Math.sqrt(du * du + dv * dv));
            double t = Bounds.clamp((distance - 0.1) / 0.8, 0, 1);
            return t * t * (3 - 2 * t);
        }
    }

    /** One colour everywhere, exactly: the colour an order names for its company. */
    record BrandColour(Rgb colour) implements SingleColour {

        public BrandColour {
            Objects.requireNonNull(colour, "colour");
        }

        @Override
        public boolean exact() {
            return true;
        }
    }

    /**
     * A place, painted anew for every headshot and blurred as a lens at portrait distance would: walls,
     * windows and shelves of an office, or sky and foliage outdoors. {@code top} and {@code bottom} are its
     * overall colours high and low, for whatever needs the scene as one or two colours.
     */
    record Scene(Place place, Rgb top, Rgb bottom) implements Backdrop {

        /** What a scene shows. */
        public enum Place {
            OFFICE,
            OUTDOOR
        }

        public Scene {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(top, "top");
            Objects.requireNonNull(bottom, "bottom");
        }

        @Override
        public Rgb inner() {
            return top;
        }

        @Override
        public Rgb outer() {
            return bottom;
        }

        @Override
        public double blendAt(double u, double v, double angleDegrees) {
            return Bounds.clamp(v, 0, 1);
        }
    }
}
