package org.headshots.node.domain;

import java.nio.file.Path;
import java.util.Objects;

/** A model file a node has loaded, identified by its content hash. */
public record LoadedModel(String name, String role, String sha256, Path file) {

    public LoadedModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(file, "file");
    }
}
