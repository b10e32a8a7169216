package org.headshots.node.domain;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A model file a node has loaded, identified by its content hash, with where it comes from: its
 * pack, its licence as the source states it, the source itself, and the pre/post-processing family.
 */
public record LoadedModel(
        String name, String role, String sha256, Path file, String pack, String licence, String source, String family) {

    public LoadedModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(family, "family");
    }
}
