package org.headshots.domain.profile;

/** Where the organisation's logo sits on a profile picture, if anywhere. */
public enum LogoCorner {
    NONE,
    TOP_LEFT,
    TOP_RIGHT,
    BOTTOM_LEFT,
    BOTTOM_RIGHT
}
