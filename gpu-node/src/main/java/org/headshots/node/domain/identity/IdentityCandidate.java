package org.headshots.node.domain.identity;

import java.util.Objects;
import java.util.Optional;
import org.headshots.node.domain.face.AnalyzedFace;

/** One photo offered for an identity: its largest face, if it has one, and how many faces it shows. */
public record IdentityCandidate(int image, Optional<AnalyzedFace> face, int faces) {

    public IdentityCandidate {
        Objects.requireNonNull(face, "face");
        if (image < 0 || faces < 0 || (faces == 0) != face.isEmpty()) {
            throw new IllegalArgumentException("A candidate needs an index, and a face exactly when it shows faces");
        }
    }
}
