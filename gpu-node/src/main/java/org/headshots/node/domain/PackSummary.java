package org.headshots.node.domain;

import java.util.Objects;

/** A model pack a node loaded, as operators see it. */
public record PackSummary(String name, String version, String title, boolean evaluationOnly, String notice) {

    public PackSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        title = title == null ? name : title;
        notice = notice == null ? "" : notice;
    }
}
