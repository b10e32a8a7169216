package org.headshots.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.PersonalData;
import org.headshots.domain.people.Username;

/**
 * A person's identity for generation, built from their accepted selfies: the consensus embedding (kept
 * encrypted, it is biometric data), the selfies that agreed, those dropped as someone else, and the
 * references the headshots are made from, best first. A new build replaces the old one.
 */
@Entity
@Table(name = "identity_profile")
public class IdentityProfile extends PersonalData {

    @Id
    @SequenceGenerator(name = "identity_profile_seq", sequenceName = "identity_profile_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_profile_seq")
    private Long id;

    @Column(name = "built_at", nullable = false)
    private OffsetDateTime builtAt;

    @Column(name = "embedding_cipher", nullable = false, length = 4000)
    private String embeddingCipher;

    @Column(name = "used_selfies", nullable = false, length = 2000)
    private String usedSelfies;

    @Column(name = "dropped_selfies", nullable = false, length = 2000)
    private String droppedSelfies;

    @Column(name = "reference_selfies", nullable = false, length = 1000)
    private String referenceSelfies;

    @Column(nullable = false, length = 300)
    private String node;

    protected IdentityProfile() {
        // for JPA
    }

    public IdentityProfile(
            Organisation organisation,
            Username owner,
            OffsetDateTime builtAt,
            String embeddingCipher,
            List<Long> used,
            List<Long> dropped,
            List<Long> references,
            String node) {
        super(owner, organisation);
        this.builtAt = Objects.requireNonNull(builtAt, "builtAt");
        if (embeddingCipher == null || embeddingCipher.isBlank()) {
            throw new IllegalArgumentException("An identity needs its embedding");
        }
        if (references.isEmpty() || !used.containsAll(references)) {
            throw new IllegalArgumentException("An identity needs references among the selfies it was built from");
        }
        this.embeddingCipher = embeddingCipher;
        this.usedSelfies = join(used);
        this.droppedSelfies = join(dropped);
        this.referenceSelfies = join(references);
        this.node = Objects.requireNonNull(node, "node");
    }

    public long id() {
        return id;
    }

    public OffsetDateTime builtAt() {
        return builtAt;
    }

    public String embeddingCipher() {
        return embeddingCipher;
    }

    public List<Long> usedSelfies() {
        return split(usedSelfies);
    }

    public List<Long> droppedSelfies() {
        return split(droppedSelfies);
    }

    /** The selfies the headshots are made from, best first. */
    public List<Long> referenceSelfies() {
        return split(referenceSelfies);
    }

    public String node() {
        return node;
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> split(String ids) {
        return ids.isEmpty()
                ? List.of()
                : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
