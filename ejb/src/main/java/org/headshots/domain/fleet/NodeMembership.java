package org.headshots.domain.fleet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/** IT's decision that a GPU node is, or is no longer, part of the fleet: who decided it, and when. */
@Entity
@Table(name = "gpu_node_membership")
public class NodeMembership {

    @Id
    @Column(length = 300)
    private String address;

    @Column(nullable = false)
    private boolean member;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected NodeMembership() {
        // for JPA
    }

    public NodeMembership(NodeAddress address, boolean member, String changedBy, LocalDateTime changedAt) {
        this.address = Objects.requireNonNull(address, "address").toString();
        this.member = member;
        this.changedBy = requireText(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    public NodeAddress address() {
        return NodeAddress.parse(address);
    }

    public boolean member() {
        return member;
    }

    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }

    /** The same node, decided again. */
    public void decide(boolean isMember, String by, LocalDateTime at) {
        this.member = isMember;
        this.changedBy = requireText(by);
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    private static String requireText(String by) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("A fleet change needs the name of who made it");
        }
        return by;
    }
}
