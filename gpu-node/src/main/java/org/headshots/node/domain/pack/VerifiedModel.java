package org.headshots.node.domain.pack;

import java.nio.file.Path;
import java.util.Objects;
import org.headshots.node.domain.LoadedModel;

/** A model of a pack whose file was found with the size and SHA-256 its manifest gives. */
public record VerifiedModel(PackModel model, Path file) {

    public VerifiedModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(file, "file");
        if (!file.isAbsolute()) {
            throw new IllegalArgumentException("a verified model's path must be absolute, not " + file);
        }
    }

    public LoadedModel asLoadedModel(String pack) {
        return new LoadedModel(
                model.name(),
                model.role(),
                model.sha256().hex(),
                file,
                pack,
                model.licence(),
                model.source().description(),
                model.family());
    }
}
