package org.headshots.node.domain.pack;

import java.util.Objects;

/**
 * One model of a pack.
 *
 * @param role   what the node uses it for, e.g. {@code face-detection}; unique within a pack
 * @param file   its file name in the pack's folder
 * @param family the pre- and post-processing the node applies around it, e.g. {@code arcface-112}
 */
public record PackModel(
        String name,
        String role,
        String file,
        Sha256 sha256,
        long size,
        String licence,
        ModelSource source,
        String family) {

    public PackModel {
        requireText(name, "name");
        requireText(role, "role");
        requireText(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        requireText(licence, "licence");
        Objects.requireNonNull(source, "source");
        requireText(family, "family");
        if (file.contains("/") || file.contains("\\") || file.equals(".") || file.contains("..")) {
            throw new IllegalArgumentException(
                    "file must be a plain file name, without '/', '\\' or '..', not '" + file + "'");
        }
        if (size <= 0) {
            throw new IllegalArgumentException("size must be the file's length in bytes, not " + size);
        }
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
    }
}
