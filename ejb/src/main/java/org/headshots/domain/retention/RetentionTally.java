package org.headshots.domain.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.TenantData;

/** What one run of the retention sweep erased in one organisation, and when: counts, never who. */
@Entity
@Table(name = "retention_tally")
public class RetentionTally extends TenantData {

    @Id
    @SequenceGenerator(name = "retention_tally_seq", sequenceName = "retention_tally_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_tally_seq")
    private Long id;

    @Version
    private int version;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "first_at", nullable = false)
    private OffsetDateTime firstAt;

    @Column(name = "last_at", nullable = false)
    private OffsetDateTime lastAt;

    @Column(nullable = false)
    private int people;

    @Column(nullable = false)
    private int selfies;

    @Column(nullable = false)
    private int identities;

    @Column(nullable = false)
    private int headshots;

    protected RetentionTally() {}

    /** The first erasure a run made in the organisation. */
    public RetentionTally(Organisation organisation, long executionId, ErasedData erased, OffsetDateTime at) {
        super(organisation);
        if (executionId < 1) {
            throw new IllegalArgumentException("A retention tally belongs to a batch execution, not " + executionId);
        }
        this.executionId = executionId;
        this.firstAt = Objects.requireNonNull(at, "at");
        this.lastAt = at;
        add(erased, at);
    }

    /** More of the run's erasures in the organisation; the first one's already counted. */
    public void add(ErasedData erased, OffsetDateTime at) {
        ErasedData total = erased().plus(erased);
        people = total.people();
        selfies = total.selfies();
        identities = total.identities();
        headshots = total.headshots();
        if (at.isAfter(lastAt)) {
            lastAt = at;
        }
    }

    public long executionId() {
        return executionId;
    }

    public OffsetDateTime firstAt() {
        return firstAt;
    }

    public OffsetDateTime lastAt() {
        return lastAt;
    }

    public ErasedData erased() {
        return new ErasedData(people, selfies, identities, headshots);
    }
}
