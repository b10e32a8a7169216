package org.headshots.node.domain.pack;

import java.util.Set;
import java.util.TreeSet;

/** The pre- and post-processing families this version of the node implements. */
public final class KnownFamilies {

    public static final Set<String> NAMES = Set.copyOf(new TreeSet<>(Set.of(
            "ultraface-rfb-320",
            "landmarks68-gray64",
            "arcface-112",
            "eye-state-gray24",
            "head-pose-66bins-224",
            "isnet-1024",
            "realesrgan-x4v3")));

    private KnownFamilies() {}

    public static boolean isKnown(String family) {
        return NAMES.contains(family);
    }

    /** The names, sorted, for messages. */
    public static String list() {
        return String.join(", ", new TreeSet<>(NAMES));
    }
}
