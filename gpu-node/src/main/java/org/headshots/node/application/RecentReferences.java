package org.headshots.node.application;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared references (decoded, analysed, matted) of the last few people, by the SHA-256 of the reference
 * photos: a person's styles are separate jobs that share their references, and preparing them is most of a
 * job's work. Bounded, since decoded photos and mattes are large; the least recently used go first.
 */
final class RecentReferences<T> {

    private final Map<String, Once<T>> byDigest;

    RecentReferences(int people) {
        if (people < 1) {
            throw new IllegalArgumentException("Keep the references of at least one person");
        }
        this.byDigest = new LinkedHashMap<>(people * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Once<T>> eldest) {
                return size() > people;
            }
        };
    }

    /** The one computation of these references, shared by every job that sends them. */
    synchronized Once<T> of(String referencesSha256) {
        return byDigest.computeIfAbsent(referencesSha256, digest -> new Once<>());
    }
}
