package org.headshots.gpu.api;

import java.io.Serializable;
import java.util.Objects;

/** A model pack a node loaded; {@code evaluationOnly} packs are not for production use (see the notice). */
public record PackDescription(String name, String version, String title, boolean evaluationOnly, String notice)
        implements Serializable {

    public PackDescription {
        Objects.requireNonNull(name, "name");
        version = version == null ? "" : version;
        title = title == null ? name : title;
        notice = notice == null ? "" : notice;
    }
}
