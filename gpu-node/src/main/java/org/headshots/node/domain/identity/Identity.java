package org.headshots.node.domain.identity;

import java.util.List;
import java.util.Objects;
import org.headshots.node.domain.face.Embedding;

/** A person's identity: the consensus embedding of their photos, what each photo counted for, the best references. */
public record Identity(Embedding embedding, List<PhotoVerdict> photos, List<Integer> references) {

    public Identity {
        Objects.requireNonNull(embedding, "embedding");
        photos = List.copyOf(photos);
        references = List.copyOf(references);
        if (references.isEmpty()) {
            throw new IllegalArgumentException("An identity has at least one reference photo");
        }
    }
}
