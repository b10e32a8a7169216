package org.headshots.node.infrastructure.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.headshots.node.domain.pack.KnownFamilies;
import org.headshots.node.domain.pack.LoadedPack;
import org.headshots.node.domain.pack.ModelPack;
import org.headshots.node.domain.pack.PackModel;
import org.headshots.node.domain.pack.VerifiedModel;

/**
 * Finds the model packs in a models folder (each direct subfolder holding a pack.json) and
 * verifies every file of every pack before anything uses it.
 */
public final class PackLoader {

    private final PackManifestReader reader = new PackManifestReader();
    private final PackVerifier verifier = new PackVerifier();

    /**
     * The packs in {@code modelsDir}, sorted by name; none when the folder does not exist.
     *
     * @throws PackRefusedException when any pack is refused, naming each refused pack and its files
     */
    public List<LoadedPack> loadAll(Path modelsDir) throws PackRefusedException {
        List<LoadedPack> loaded = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Path folder : packFolders(modelsDir)) {
            String name = folder.getFileName().toString();
            ModelPack pack;
            try {
                pack = reader.read(folder.resolve(PackManifestReader.FILE_NAME));
            } catch (PackManifestException e) {
                refusals.add(refusal(name, e.getMessage()));
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (!pack.name().equals(name)) {
                problems.add("its pack.json names the pack '" + pack.name() + "' but its folder is " + folder
                        + " (a pack's folder has the pack's name)");
            }
            for (PackModel model : pack.models()) {
                if (!KnownFamilies.isKnown(model.family())) {
                    problems.add(model.file() + " needs the family '" + model.family()
                            + "', which this version of the node does not implement (it knows "
                            + KnownFamilies.list() + ")");
                }
            }
            problems.addAll(verifier.problems(pack, folder));
            if (problems.isEmpty()) {
                loaded.add(new LoadedPack(
                        pack,
                        folder,
                        pack.models().stream()
                                .map(m -> new VerifiedModel(m, folder.resolve(m.file())))
                                .toList()));
            } else {
                refusals.add(refusal(name, String.join("; ", problems)));
            }
        }
        if (!refusals.isEmpty()) {
            throw new PackRefusedException(refusals);
        }
        return loaded;
    }

    private static String refusal(String pack, String why) {
        return "Model pack '" + pack + "' refused: " + why;
    }

    private static List<Path> packFolders(Path modelsDir) throws PackRefusedException {
        if (!Files.isDirectory(modelsDir)) {
            return List.of();
        }
        Path dir = modelsDir.toAbsolutePath().normalize();
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(PackManifestReader.FILE_NAME)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PackRefusedException(List.of("Cannot list the model packs in " + dir + ": " + e.getMessage()));
        }
    }
}
