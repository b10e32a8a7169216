package org.headshots.domain.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.PersonalData;
import org.headshots.domain.people.Username;
import org.headshots.domain.style.StyleList;

/**
 * One making of a person's headshots for an order: the identity build, then the plan's count of headshots.
 * Run 1 is made when the person's selfies are ready; each remake is a new run with a new seed, and the
 * runs before it are kept. A run remembers its batch execution, so a retry or a restart resumes that.
 */
@Entity
@Table(name = "headshot_run")
public class HeadshotRun extends PersonalData {

    static final int MAX_REASON = 1000;

    @Id
    @SequenceGenerator(name = "headshot_run_seq", sequenceName = "headshot_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "headshot_run_seq")
    private Long id;

    @Version
    private int version;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "run", nullable = false)
    private int number;

    @Column(nullable = false)
    private long seed;

    @Column(name = "headshot_count", nullable = false)
    private int headshotCount;

    @Column(nullable = false, length = 400)
    private StyleList styles;

    @Column(name = "brand_colour", length = 7)
    private String brandColour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RunStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RunStage stage;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(name = "identity_ms", nullable = false)
    private long identityMillis;

    @Column(name = "queued_at", nullable = false)
    private OffsetDateTime queuedAt;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected HeadshotRun() {
        // for JPA
    }

    /** A run for the person of the seat, with the order's plan, queued now. */
    public static HeadshotRun forSeat(Seat seat, int number, long seed, OffsetDateTime now) {
        Order order = seat.order();
        return new HeadshotRun(seat.username(), order.organisation(), order.id(), number, seed, order.plan(), now);
    }

    public HeadshotRun(
            Username owner,
            Organisation organisation,
            OrderId order,
            int number,
            long seed,
            HeadshotPlan plan,
            OffsetDateTime now) {
        super(owner, organisation);
        Objects.requireNonNull(plan, "plan");
        if (number < 1) {
            throw new IllegalArgumentException("Runs are numbered from 1, not " + number);
        }
        this.orderId = Objects.requireNonNull(order, "order").value();
        this.number = number;
        this.seed = seed;
        this.headshotCount = plan.headshotsPerPerson();
        this.styles = new StyleList(plan.styles());
        this.brandColour = plan.brandColour();
        this.status = RunStatus.QUEUED;
        this.stage = RunStage.WAITING;
        this.queuedAt = Objects.requireNonNull(now, "now");
    }

    /** Its batch job has been started (or, for a retried run, restarted). */
    public void started(long execution, OffsetDateTime now) {
        if (status != RunStatus.QUEUED) {
            throw new IllegalStateException("Run " + number + " of " + owner() + " is " + status + ", not queued");
        }
        if (executionId != null && execution < executionId) {
            throw new IllegalStateException("A run resumes with a newer execution than " + executionId);
        }
        this.executionId = execution;
        this.status = RunStatus.RUNNING;
        this.stage = RunStage.BUILDING_IDENTITY;
        this.startedAt = now;
        this.endedAt = null;
        this.reason = null;
    }

    public void completed(OffsetDateTime now) {
        requireRunning();
        this.status = RunStatus.COMPLETED;
        this.stage = RunStage.DONE;
        this.endedAt = now;
        this.reason = null;
    }

    /** Ends the run with a reason for the person and their admin. */
    public void failed(String why, OffsetDateTime now) {
        if (status == RunStatus.COMPLETED) {
            throw new IllegalStateException("Run " + number + " of " + owner() + " has already completed");
        }
        this.status = RunStatus.FAILED;
        this.stage = RunStage.FAILED;
        this.endedAt = now;
        this.reason = shorten(why == null || why.isBlank() ? "The job stopped without saying why" : why);
    }

    /** Queues a failed run again; it resumes its batch execution from the last checkpoint. */
    public void retry(OffsetDateTime now) {
        if (status != RunStatus.FAILED) {
            throw new IllegalStateException("Only a failed run can be retried; run " + number + " is " + status);
        }
        this.status = RunStatus.QUEUED;
        this.stage = RunStage.WAITING;
        this.queuedAt = now;
        this.endedAt = null;
    }

    /** The server stopped while the run was running (a crash, say): it is queued to resume. */
    public void interrupted(OffsetDateTime now) {
        requireRunning();
        this.status = RunStatus.QUEUED;
        this.stage = RunStage.WAITING;
        this.queuedAt = now;
    }

    /** The identity build took this long, as the server waited for it (a restarted build adds its time). */
    public void identityTook(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("A time is zero or more");
        }
        identityMillis += millis;
    }

    public long identityMillis() {
        return identityMillis;
    }

    /** The job has moved on to the headshots; the identity is built. */
    public void makingHeadshots() {
        requireRunning();
        this.stage = RunStage.MAKING_HEADSHOTS;
    }

    private void requireRunning() {
        if (status != RunStatus.RUNNING) {
            throw new IllegalStateException("Run " + number + " of " + owner() + " is " + status + ", not running");
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }

    public long id() {
        return id;
    }

    public OrderId order() {
        return new OrderId(orderId);
    }

    public int number() {
        return number;
    }

    public long seed() {
        return seed;
    }

    public int headshotCount() {
        return headshotCount;
    }

    public List<String> styles() {
        return styles.ids();
    }

    public Optional<String> brandColour() {
        return Optional.ofNullable(brandColour);
    }

    public RunStatus status() {
        return status;
    }

    public RunStage stage() {
        return stage;
    }

    /** The batch execution that makes it, once it has started. */
    public Optional<Long> execution() {
        return Optional.ofNullable(executionId);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public OffsetDateTime queuedAt() {
        return queuedAt;
    }

    public Optional<OffsetDateTime> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<OffsetDateTime> endedAt() {
        return Optional.ofNullable(endedAt);
    }
}
