package org.headshots.node.interfaces;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.headshots.node.domain.pack.ModelPack;
import org.headshots.node.domain.pack.PackModel;
import org.headshots.node.infrastructure.pack.PackInstaller;
import org.headshots.node.infrastructure.pack.PackManifestException;
import org.headshots.node.infrastructure.pack.PackManifestReader;
import org.headshots.node.infrastructure.pack.PackVerifier;

/**
 * Lists the installed packs with their models, roles and licences, and whether their files verify:
 * {@code java -cp gpu-node.jar org.headshots.node.interfaces.PackListCommand [--cache DIR]}.
 */
public final class PackListCommand {

    private PackListCommand() {}

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (PackCommandLine.wantsHelp(args)) {
            out.println("Usage: java -cp gpu-node.jar org.headshots.node.interfaces.PackListCommand [--cache DIR]");
            out.println(PackCommandLine.OPTIONS);
            return 0;
        }
        Path packs;
        try {
            packs = PackInstaller.packsFolder(
                    PackCommandLine.parse(args, environment).cache());
        } catch (IllegalArgumentException e) {
            err.println("pack list: " + e.getMessage());
            return 2;
        }
        List<Path> folders;
        try (Stream<Path> children = Files.isDirectory(packs) ? Files.list(packs) : Stream.empty()) {
            folders = children.filter(p -> Files.isRegularFile(p.resolve(PackManifestReader.FILE_NAME)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            err.println("ERROR: cannot list " + packs + ": " + e.getMessage());
            return 1;
        }
        if (folders.isEmpty()) {
            out.println(
                    "No model packs installed in " + packs + " (install one: bin/headshots models install starter)");
            return 0;
        }
        for (Path folder : folders) {
            print(folder, out);
        }
        return 0;
    }

    private static void print(Path folder, PrintStream out) {
        ModelPack pack;
        try {
            pack = new PackManifestReader().read(folder.resolve(PackManifestReader.FILE_NAME));
        } catch (PackManifestException e) {
            out.println(folder.getFileName() + ": unreadable manifest: " + e.getMessage());
            return;
        }
        List<String> problems = new PackVerifier().problems(pack, folder);
        out.println(pack.name() + " " + pack.version() + ": " + pack.title() + " (" + folder + ", "
                + (problems.isEmpty() ? "all files verified" : "REFUSED: " + String.join("; ", problems)) + ")");
        if (pack.evaluationOnly()) {
            out.println("  notice: " + pack.notice());
        }
        for (PackModel model : pack.models()) {
            out.println(String.format(
                    Locale.ROOT,
                    "  %-20s %-22s %-22s %s",
                    model.role(),
                    model.file(),
                    model.family(),
                    model.licence()));
        }
    }
}
