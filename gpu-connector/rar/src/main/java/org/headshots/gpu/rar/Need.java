package org.headshots.gpu.rar;

import java.util.Set;
import org.headshots.gpu.api.NodeInfo;

/** What a request needs of a node: the roles of its models, and a style for generation. */
record Need(String what, Set<String> roles, String style) {

    static final Set<String> FACE_ROLES =
            Set.of("face-detection", "face-landmarks-68", "identity-embedding", "eye-state", "head-pose");
    static final String MATTING = "portrait-matting";

    static Need analysis(boolean matte) {
        return new Need("photo analysis", matte ? withMatting() : FACE_ROLES, null);
    }

    static Need identity() {
        return new Need("identity building", FACE_ROLES, null);
    }

    static Need generation(String style) {
        return new Need("headshot generation", withMatting(), style);
    }

    boolean metBy(NodeInfo info) {
        return info.isUp()
                && info.roles().containsAll(roles)
                && (style == null || info.styles().contains(style));
    }

    private static Set<String> withMatting() {
        java.util.Set<String> roles = new java.util.HashSet<>(FACE_ROLES);
        roles.add(MATTING);
        return Set.copyOf(roles);
    }
}
