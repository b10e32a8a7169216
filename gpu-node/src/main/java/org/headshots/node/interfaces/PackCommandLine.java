package org.headshots.node.interfaces;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The options the pack commands share: {@code [NAME] [--manifests DIR] [--cache DIR]}. */
record PackCommandLine(List<String> names, Path manifests, Path cache) {

    static final String OPTIONS = String.join(
            System.lineSeparator(),
            "  --manifests DIR  folder with a subfolder per pack holding its pack.json (default config/model-packs)",
            "  --cache DIR      where tarballs (DIR/npm) and installed packs (DIR/packs) are kept",
            "                   (default $HEADSHOTS_CACHE, else ~/.cache/headshots)");

    /** @throws IllegalArgumentException for a wrong command line, with a message for people */
    static PackCommandLine parse(String[] args, Map<String, String> environment) {
        List<String> names = new ArrayList<>();
        Path manifests = Path.of("config", "model-packs");
        Path cache = defaultCache(environment);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                names.add(arg);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--manifests" -> manifests = Path.of(value);
                case "--cache" -> cache = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        return new PackCommandLine(List.copyOf(names), manifests, cache);
    }

    static Path defaultCache(Map<String, String> environment) {
        String configured = environment.get("HEADSHOTS_CACHE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "headshots");
    }

    static boolean wantsHelp(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }
}
