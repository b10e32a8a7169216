package org.headshots.node.infrastructure.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headshots.node.domain.pack.ModelPack;
import org.headshots.node.domain.pack.PackModel;
import org.headshots.node.infrastructure.ModelFiles;

/** Checks that a pack's folder holds each of its files with the size and SHA-256 the manifest gives. */
public final class PackVerifier {

    private static final String ALTERED = " (the file was altered or damaged; reinstall the pack)";

    /** What is wrong with the files, one sentence per file; empty when every file is as the manifest says. */
    public List<String> problems(ModelPack pack, Path folder) {
        List<String> problems = new ArrayList<>();
        for (PackModel model : pack.models()) {
            Path file = folder.resolve(model.file());
            try {
                if (!Files.isRegularFile(file)) {
                    problems.add(model.file() + " is missing");
                    continue;
                }
                long size = Files.size(file);
                if (size != model.size()) {
                    problems.add(
                            model.file() + " has " + size + " bytes but the manifest says " + model.size() + ALTERED);
                    continue;
                }
                String actual = ModelFiles.sha256(file);
                if (!actual.equals(model.sha256().hex())) {
                    problems.add(model.file() + " has SHA-256 " + actual + " but the manifest says " + model.sha256()
                            + ALTERED);
                }
            } catch (IOException e) {
                problems.add(model.file() + " cannot be read (" + e.getMessage() + ")");
            }
        }
        return problems;
    }
}
