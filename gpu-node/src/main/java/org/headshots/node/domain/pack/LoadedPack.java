package org.headshots.node.domain.pack;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A pack whose every file has been verified, with the absolute paths of its models. */
public record LoadedPack(ModelPack pack, Path folder, List<VerifiedModel> models) {

    public LoadedPack {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(folder, "folder");
        models = List.copyOf(models);
        if (models.size() != pack.models().size()) {
            throw new IllegalArgumentException("pack " + pack + " has "
                    + pack.models().size() + " models but " + models.size() + " were verified");
        }
    }

    public String name() {
        return pack.name();
    }

    public Optional<VerifiedModel> model(String role) {
        return models.stream().filter(m -> m.model().role().equals(role)).findFirst();
    }
}
