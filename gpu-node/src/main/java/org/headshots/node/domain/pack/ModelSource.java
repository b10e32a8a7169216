package org.headshots.node.domain.pack;

import java.util.Objects;

/** Where a model file of a pack comes from. */
public sealed interface ModelSource {

    /** One line a person can follow back to the origin. */
    String description();

    /** A file inside an npm package's tarball. */
    record NpmFile(String packageName, String version, String path) implements ModelSource {
        public NpmFile {
            requireText(packageName, "package");
            requireText(version, "version");
            requireText(path, "path");
        }

        @Override
        public String description() {
            return "npm " + packageName + "@" + version + " " + path;
        }
    }

    /**
     * A file an npm package stores as chunks: {@code index} is a JSON file in the tarball whose
     * entry {@code key} lists the chunks in order, each named by its SHA-256 and stored next to the index.
     */
    record NpmChunks(String packageName, String version, String index, String key) implements ModelSource {
        public NpmChunks {
            requireText(packageName, "package");
            requireText(version, "version");
            requireText(index, "assembledFrom.index");
            requireText(key, "assembledFrom.key");
        }

        @Override
        public String description() {
            return "npm " + packageName + "@" + version + " chunks listed under \"" + key + "\" in " + index;
        }
    }

    /** Files IT placed in the pack's folder themselves; {@code origin} says where they got them. */
    record PlacedByHand(String origin) implements ModelSource {
        public PlacedByHand {
            requireText(origin, "origin");
        }

        @Override
        public String description() {
            return origin;
        }
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
    }
}
