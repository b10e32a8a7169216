package org.headshots.domain.profile;

/** The colour of a profile picture's border. */
public enum BorderColour {
    BRAND,
    WHITE,
    BLACK
}
