package org.headshots.node.domain.pack;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A set of model files installed together, described by its {@code pack.json}.
 *
 * @param name             also the name of the pack's folder
 * @param evaluationOnly   true when the pack may be used to try Headshots but not in production
 * @param notice           what IT must know before using the pack (required when evaluationOnly)
 */
public record ModelPack(
        String name, String version, String title, boolean evaluationOnly, String notice, List<PackModel> models) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public ModelPack {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notice, "notice");
        models = List.copyOf(models);
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("name must be lower-case letters, digits, '.', '_' or '-' "
                    + "(it names the pack's folder), not '" + name + "'");
        }
        if (version.isBlank()) {
            throw new IllegalArgumentException("version must not be empty");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be empty");
        }
        if (evaluationOnly && notice.isBlank()) {
            throw new IllegalArgumentException("notice must say why a pack is for evaluation only");
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("models must list at least one model");
        }
        requireUnique(models.stream().map(PackModel::name).toList(), "name");
        requireUnique(models.stream().map(PackModel::role).toList(), "role");
        requireUnique(models.stream().map(PackModel::file).toList(), "file");
    }

    public Optional<PackModel> model(String role) {
        return models.stream().filter(m -> m.role().equals(role)).findFirst();
    }

    @Override
    public String toString() {
        return "'" + name + "' " + version;
    }

    private static void requireUnique(List<String> values, String field) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                throw new IllegalArgumentException("two models have the " + field + " '" + value
                        + "': each model of a pack needs its own " + field);
            }
        }
    }
}
