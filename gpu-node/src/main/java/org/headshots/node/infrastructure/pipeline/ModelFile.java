package org.headshots.node.infrastructure.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/** A model file and what it is for: its role in the pipeline and the family that says how to run it. */
public record ModelFile(String role, String family, Path file) {

    public ModelFile {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(file, "file");
    }
}
