package org.headshots.node.infrastructure.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.headshots.node.infrastructure.pack.PackInstaller;
import org.headshots.node.infrastructure.pack.PackageFetcher;

/** The folder of real models the tests run, from system property {@code headshots.test.pack}. */
final class StarterPack {

    static final String PROPERTY = "headshots.test.pack";
    private static final String DEFAULT_FOLDER = System.getProperty("user.home") + "/.cache/headshots/packs/starter";

    private StarterPack() {}

    /** The folder; fails (never skips) when it is missing, saying how to get it. */
    static Path folder() {
        Path folder = Path.of(System.getProperty(PROPERTY, DEFAULT_FOLDER));
        if (!Files.isDirectory(folder)) {
            throw new AssertionError("The face models' folder " + folder + " does not exist. Install the starter "
                    + "model pack there (fr_detect.onnx, fr_landmark.onnx, fr_feature.onnx, fr_eye.onnx, "
                    + "fr_pose.onnx, isnet_quint8.onnx, realesrgan_x4v3.onnx) or point -D" + PROPERTY
                    + "=FOLDER at a folder holding it");
        }
        return folder;
    }

    /**
     * The finer matting weights of the fine-matting pack, installed into a cache of their own in {@code cache}, so
     * that the nodes other tests start from the shared cache keep the starter's matting. The npm tarballs are the
     * shared cache's: the starter pack's install fetched the one both packs come from.
     */
    static ModelFile fineMatting(Path cache) throws IOException {
        Path shared = folder().getParent().getParent();
        Files.createSymbolicLink(cache.resolve("npm"), shared.resolve("npm").toAbsolutePath());
        PackageFetcher noDownload = (name, version, into) -> {
            throw new IOException(
                    name + "@" + version + " is not in " + shared.resolve("npm") + ": install the starter pack first");
        };
        Path pack = new PackInstaller(Path.of("..", "config", "model-packs"), cache, noDownload, line -> {})
                .install("fine-matting");
        return new ModelFile(FacePipeline.FINE_MATTING, "isnet-1024", pack.resolve("isnet_fp16.onnx"));
    }

    static List<ModelFile> models() {
        Path f = folder();
        return List.of(
                new ModelFile("face-detection", "ultraface-rfb-320", f.resolve("fr_detect.onnx")),
                new ModelFile("face-landmarks-68", "landmarks68-gray64", f.resolve("fr_landmark.onnx")),
                new ModelFile("identity-embedding", "arcface-112", f.resolve("fr_feature.onnx")),
                new ModelFile("eye-state", "eye-state-gray24", f.resolve("fr_eye.onnx")),
                new ModelFile("head-pose", "head-pose-66bins-224", f.resolve("fr_pose.onnx")),
                new ModelFile("portrait-matting", "isnet-1024", f.resolve("isnet_quint8.onnx")));
    }
}
