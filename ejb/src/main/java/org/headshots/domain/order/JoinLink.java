package org.headshots.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.headshots.domain.people.TenantData;
import org.headshots.domain.people.Username;

/**
 * A link an org admin shares so that people of the organisation's e-mail domains join an order themselves; it
 * works until it expires, is used up or is revoked. It is found by its token's hash only.
 */
@Entity
@Table(name = "join_link")
public class JoinLink extends TenantData {

    public static final int MAX_USES = 1000;
    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofDays(90);

    @Id
    @SequenceGenerator(name = "join_link_seq", sequenceName = "join_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "join_link_seq")
    private Long id;

    @Version
    private int version;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "token_sealed", nullable = false, length = 200)
    private String tokenSealed;

    @Column(name = "created_by", nullable = false)
    private Username createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "max_uses", nullable = false)
    private int maxUses;

    @Column(nullable = false)
    private int uses;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected JoinLink() {}

    /**
     * @param tokenHash   the SHA-256 of the token, in hexadecimal
     * @param tokenSealed the token, encrypted, for the admin to copy the link again
     */
    public JoinLink(
            Order order,
            String tokenHash,
            String tokenSealed,
            Duration validFor,
            int maxUses,
            Username by,
            OffsetDateTime now) {
        super(order.organisation());
        order.requireOpenToPeople();
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A join link is found by the SHA-256 of its token");
        }
        if (validFor == null || validFor.compareTo(SHORTEST) < 0 || validFor.compareTo(LONGEST) > 0) {
            throw new InvalidOrderException("A join link works for 1 hour to " + LONGEST.toDays() + " days");
        }
        if (maxUses < 1 || maxUses > MAX_USES) {
            throw new InvalidOrderException("A join link lets 1 to " + MAX_USES + " people join, not " + maxUses);
        }
        this.orderId = order.id().value();
        this.tokenHash = tokenHash;
        this.tokenSealed = Objects.requireNonNull(tokenSealed, "tokenSealed");
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(validFor);
        this.maxUses = maxUses;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("The join link has not been stored yet");
        }
        return id;
    }

    public OrderId order() {
        return new OrderId(orderId);
    }

    public String tokenSealed() {
        return tokenSealed;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Username createdBy() {
        return createdBy;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public int maxUses() {
        return maxUses;
    }

    public int uses() {
        return uses;
    }

    public Optional<OffsetDateTime> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    /** Why nobody can join with it now; none while it works. */
    public Optional<String> closedBecause(OffsetDateTime now) {
        if (revokedAt != null) {
            return Optional.of("This join link was switched off by your admin. Ask them for a new one.");
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of(
                    "This join link expired on " + expiresAt.toLocalDate() + ". Ask your admin for a new one.");
        }
        if (uses >= maxUses) {
            return Optional.of("This join link has been used by as many people as it may (" + maxUses
                    + "). Ask your admin for a new one.");
        }
        return Optional.empty();
    }

    /** Counts one person who joined with it. */
    public void used(OffsetDateTime now) {
        closedBecause(now).ifPresent(reason -> {
            throw new JoinLinkClosedException(reason);
        });
        uses++;
    }

    /** Switches it off for good; a revoked link stays revoked. */
    public void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(now, "now");
        }
    }
}
