package org.headshots.node.infrastructure.pack;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headshots.node.domain.pack.ModelPack;
import org.headshots.node.domain.pack.ModelSource;
import org.headshots.node.domain.pack.PackModel;
import org.headshots.node.domain.pack.Sha256;

/** Reads a pack's manifest, {@code pack.json} (reference: config/model-packs/README.md). */
public final class PackManifestReader {

    public static final String FILE_NAME = "pack.json";

    /** @throws PackManifestException naming the file and the field that is wrong */
    public ModelPack read(Path manifest) {
        JsonObject root;
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
                JsonReader reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (NoSuchFileException e) {
            throw new PackManifestException(manifest + " does not exist");
        } catch (IOException e) {
            throw new PackManifestException("Cannot read " + manifest + ": " + e.getMessage(), e);
        } catch (JsonParsingException e) {
            throw new PackManifestException(
                    manifest + " is not valid JSON (line "
                            + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber() + "): "
                            + e.getMessage(),
                    e);
        } catch (JsonException e) {
            throw new PackManifestException(manifest + " must hold a JSON object: " + e.getMessage(), e);
        }
        return new Fields(manifest).pack(root);
    }

    /** Reads fields of one manifest, naming the file and the field in every error. */
    private record Fields(Path manifest) {

        ModelPack pack(JsonObject root) {
            List<JsonValue> items = array(root, "models", "");
            List<PackModel> models = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                models.add(model(object(items.get(i), "models[" + i + "]"), "models[" + i + "]."));
            }
            try {
                return new ModelPack(
                        text(root, "name", ""),
                        text(root, "version", ""),
                        text(root, "title", ""),
                        bool(root, "evaluationOnly", ""),
                        optionalText(root, "notice", ""),
                        models);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        private PackModel model(JsonObject m, String at) {
            Sha256 sha256;
            try {
                sha256 = new Sha256(text(m, "sha256", at));
            } catch (IllegalArgumentException e) {
                throw error(at + "sha256: " + e.getMessage());
            }
            try {
                return new PackModel(
                        text(m, "name", at),
                        text(m, "role", at),
                        text(m, "file", at),
                        sha256,
                        wholeNumber(m, "size", at),
                        text(m, "licence", at),
                        source(object(field(m, "source", at), at + "source"), at + "source."),
                        text(m, "family", at));
            } catch (IllegalArgumentException e) {
                throw error(at + e.getMessage());
            }
        }

        private ModelSource source(JsonObject s, String at) {
            try {
                return sourceFields(s, at);
            } catch (IllegalArgumentException e) {
                throw error(at + e.getMessage());
            }
        }

        private ModelSource sourceFields(JsonObject s, String at) {
            if (!s.containsKey("registry")) {
                if (!s.containsKey("origin")) {
                    throw error(at + "registry is missing (\"npm\"), or for files placed by hand, origin");
                }
                return new ModelSource.PlacedByHand(text(s, "origin", at));
            }
            String registry = text(s, "registry", at);
            if (!registry.equals("npm")) {
                throw error(at + "registry must be \"npm\" (the only registry the installer fetches from), not '"
                        + registry + "'; for files placed by hand, give origin instead of registry");
            }
            String packageName = text(s, "package", at);
            String version = text(s, "version", at);
            List<String> forms = List.of("path", "assembledFrom", "convertedFrom").stream()
                    .filter(s::containsKey)
                    .toList();
            if (forms.size() != 1) {
                throw error(at.substring(0, at.length() - 1) + " needs one of path (a file in the tarball),"
                        + " assembledFrom (chunks) or convertedFrom (a model to convert), not "
                        + (forms.isEmpty() ? "none" : String.join(" and ", forms)));
            }
            if (forms.get(0).equals("path")) {
                return new ModelSource.NpmFile(packageName, version, text(s, "path", at));
            }
            if (forms.get(0).equals("convertedFrom")) {
                return converted(
                        packageName,
                        version,
                        object(s.get("convertedFrom"), at + "convertedFrom"),
                        at + "convertedFrom.");
            }
            JsonObject from = object(s.get("assembledFrom"), at + "assembledFrom");
            return new ModelSource.NpmChunks(
                    packageName,
                    version,
                    text(from, "index", at + "assembledFrom."),
                    text(from, "key", at + "assembledFrom."));
        }

        private ModelSource converted(String packageName, String version, JsonObject from, String at) {
            String format = text(from, "format", at);
            if (!format.equals(ModelSource.NpmConverted.NCNN)) {
                throw error(at + "format must be \"" + ModelSource.NpmConverted.NCNN + "\" (the only format the"
                        + " installer converts), not '" + format + "'");
            }
            return new ModelSource.NpmConverted(
                    packageName,
                    version,
                    format,
                    text(from, "param", at),
                    sha256(from, "paramSha256", at),
                    text(from, "bin", at),
                    sha256(from, "binSha256", at));
        }

        private Sha256 sha256(JsonObject o, String name, String at) {
            String value = text(o, name, at);
            try {
                return new Sha256(value);
            } catch (IllegalArgumentException e) {
                throw error(at + name + ": " + e.getMessage());
            }
        }

        private JsonValue field(JsonObject o, String name, String at) {
            JsonValue value = o.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                throw error(at + name + " is missing");
            }
            return value;
        }

        private String text(JsonObject o, String name, String at) {
            JsonValue value = field(o, name, at);
            if (!(value instanceof JsonString s)) {
                throw error(at + name + " must be a string, not " + value);
            }
            return s.getString();
        }

        private String optionalText(JsonObject o, String name, String at) {
            return o.containsKey(name) ? text(o, name, at) : "";
        }

        private boolean bool(JsonObject o, String name, String at) {
            JsonValue value = field(o, name, at);
            if (value == JsonValue.TRUE) {
                return true;
            }
            if (value == JsonValue.FALSE) {
                return false;
            }
            throw error(at + name + " must be true or false, not " + value);
        }

        private long wholeNumber(JsonObject o, String name, String at) {
            JsonValue value = field(o, name, at);
            if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                throw error(at + name + " must be a whole number, not " + value);
            }
            return n.longValueExact();
        }

        private List<JsonValue> array(JsonObject o, String name, String at) {
            JsonValue value = field(o, name, at);
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw error(at + name + " must be a list, not " + value);
            }
            return value.asJsonArray();
        }

        private JsonObject object(JsonValue value, String at) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw error(at + " must be an object, not " + value);
            }
            return value.asJsonObject();
        }

        private PackManifestException error(String detail) {
            return new PackManifestException(manifest + ": " + detail);
        }
    }
}
