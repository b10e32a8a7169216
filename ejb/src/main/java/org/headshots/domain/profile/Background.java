package org.headshots.domain.profile;

/** What is behind the person: the headshot's own backdrop, or the organisation's brand colour. */
public enum Background {
    KEEP,
    BRAND
}
