package org.headshots.gpu.api;

import java.io.Serializable;
import java.util.Objects;

/** A model a node loaded: what it does, where it comes from and under which licence. */
public record ModelDescription(
        String name, String role, String pack, String family, String sha256, String licence, String source)
        implements Serializable {

    public ModelDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        pack = pack == null ? "" : pack;
        family = family == null ? "" : family;
        sha256 = sha256 == null ? "" : sha256;
        licence = licence == null ? "" : licence;
        source = source == null ? "" : source;
    }
}
