package org.headshots.domain.profile;

/** The outline of a profile picture: a square, or a circle whose outside is transparent. */
public enum Shape {
    SQUARE,
    CIRCLE
}
