package org.headshots.application.run;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.headshots.application.selfie.SeatsReady;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.Seat;
import org.headshots.domain.order.SeatStatus;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.domain.run.FairShare;
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.run.HeadshotRunRepository;
import org.headshots.domain.run.RemakeNotAllowedException;
import org.headshots.domain.run.RunHistory;
import org.headshots.domain.run.RunStatus;
import org.headshots.domain.run.RunTimings;

/**
 * The runs that make people's headshots: queued when a person's selfies are ready or they ask for a
 * remake, started in fair shares as the GPU nodes have room, and ended completed or failed with a reason.
 */
@Stateless
public class RunService {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    HeadshotRunRepository runs;

    @Inject
    OrderRepository orders;

    @Inject
    HeadshotRepository headshots;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RunChanged> changed;

    @Inject
    Clock clock;

    /**
     * A person's selfies have just become ready: each open order they hold a seat in gets its first run, made
     * with that order's plan, in the same transaction; an order whose last run for them failed gets a new one.
     */
    public void queueFirstRun(@Observes SeatsReady ready) {
        RunHistory history = RunHistory.of(runs.of(ready.owner()));
        for (Seat seat : openSeats(ready.owner())) {
            // a failed last run: selfies deleted mid-run, say; ready again, the headshots are made anew
            if (seat.status() == SeatStatus.READY
                    && history.awaitsRunFor(seat.order().id())) {
                history.add(queue(seat, history.nextNumber()));
            }
        }
    }

    /**
     * A new run with new seeds for the newest open order the person has headshots of, as many as that order
     * allows; the headshots made before are kept.
     */
    public RunView remake(Username owner) {
        RunHistory history = RunHistory.of(runs.of(owner));
        List<Seat> open = openSeats(owner);
        Seat seat = open.stream()
                .filter(candidate -> history.latestFor(candidate.order().id()).isPresent())
                .findFirst()
                .or(() -> open.stream().findFirst())
                .orElseThrow(() -> new RemakeNotAllowedException(
                        "You hold no seat in an open order, so there is nothing to remake"));
        return remake(owner, seat, history);
    }

    /** A new run for the person's seat in one order (another person's order, or none, is not found). */
    public RunView remake(Username owner, OrderId orderId) {
        return remake(
                owner,
                openSeats(owner).stream()
                        .filter(seat -> seat.order().id().equals(orderId))
                        .findFirst()
                        .orElseThrow(() -> new RemakeNotAllowedException("You hold no seat in an open order "
                                + orderId.value() + ", so there is nothing to remake")),
                RunHistory.of(runs.of(owner)));
    }

    private RunView remake(Username owner, Seat seat, RunHistory history) {
        HeadshotRun run = queue(seat, history.numberForRemake(seat.order().id(), seat.remakesAllowed()));
        audit.record(AuditEvent.by(
                owner,
                AuditAction.REMAKE_ASKED,
                "run:" + owner.value() + "/" + run.number(),
                "",
                run.organisation(),
                OffsetDateTime.now(clock)));
        return RunView.of(run, 0, RunTimings.none());
    }

    /** Queues a failed run again; the person or an admin of their organisation may. */
    public RunView retry(long id, Username caller, Organisation callerOrganisation, boolean admin) {
        HeadshotRun run = visible(id, caller, callerOrganisation, admin);
        if (run.status() != RunStatus.FAILED) {
            throw new InvalidValueException("Run " + run.number() + " is "
                    + run.status().name().toLowerCase() + "; only a failed run can be retried");
        }
        run.retry(OffsetDateTime.now(clock));
        audit.record(AuditEvent.by(
                caller,
                AuditAction.RUN_RETRIED,
                "run:" + run.owner().value() + "/" + run.number(),
                "",
                run.organisation(),
                OffsetDateTime.now(clock)));
        announce(run);
        return view(run);
    }

    public List<RunView> runsOf(Username owner) {
        return runs.of(owner).stream().map(this::view).toList();
    }

    /** One person's runs for one order, for an admin of their organisation (none of another organisation's). */
    public List<RunView> runsOf(Organisation organisation, Username person, long order) {
        return runs.of(person).stream()
                .filter(run ->
                        run.organisation().equals(organisation) && run.order().value() == order)
                .map(this::view)
                .toList();
    }

    public List<RunView> runsOf(Organisation organisation) {
        return runs.of(organisation).stream().map(this::view).toList();
    }

    /** The queued runs to start now, fairly shared between orders, when the nodes can take {@code places} more. */
    public List<Long> runsToStart(int places) {
        List<HeadshotRun> running = runs.withStatus(RunStatus.RUNNING);
        return FairShare.next(runs.withStatus(RunStatus.QUEUED), running, places - running.size()).stream()
                .map(HeadshotRun::id)
                .toList();
    }

    /** Fails the runs that have waited longer than {@code patience} for a node; they can be retried. */
    public void failWaitingLongerThan(Duration patience, String why) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (HeadshotRun run : runs.withStatus(RunStatus.QUEUED)) {
            if (run.queuedAt().plus(patience).isBefore(now)) {
                run.failed(why, now);
                announce(run);
            }
        }
    }

    public RunPlan plan(long id) {
        return RunPlan.of(find(id));
    }

    public void started(long id, long execution) {
        HeadshotRun run = find(id);
        run.started(execution, OffsetDateTime.now(clock));
        announce(run);
    }

    /** Run id to batch execution, for the runs going now. */
    public java.util.Map<Long, Long> runningExecutions() {
        java.util.Map<Long, Long> executions = new java.util.HashMap<>();
        runs.withStatus(RunStatus.RUNNING)
                .forEach(run -> executions.put(run.id(), run.execution().orElseThrow()));
        return executions;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void makingHeadshots(long id) {
        HeadshotRun run = find(id);
        if (run.status() == RunStatus.RUNNING) {
            run.makingHeadshots();
            announce(run);
        }
    }

    public void completed(long id) {
        HeadshotRun run = find(id);
        if (run.status() == RunStatus.RUNNING) {
            run.completed(OffsetDateTime.now(clock));
            announce(run);
        }
    }

    /**
     * The run failed because the selfies it is made from were deleted. When the person has enough selfies again
     * by now, a new run is queued at once: the seat became ready while this one was still going, so nothing
     * else would start it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void selfiesGone(long id, String reason) {
        HeadshotRun run = find(id);
        if (run.status() == RunStatus.COMPLETED || run.status() == RunStatus.FAILED) {
            return;
        }
        run.failed(reason, OffsetDateTime.now(clock));
        announce(run);
        openSeats(run.owner()).stream()
                .filter(seat -> seat.order().id().equals(run.order()) && seat.status() == SeatStatus.READY)
                .findFirst()
                .ifPresent(
                        seat -> queue(seat, RunHistory.of(runs.of(run.owner())).nextNumber()));
    }

    /** Called from inside a failing job too: in a transaction of its own, which the job's rollback leaves alone. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String reason) {
        HeadshotRun run = find(id);
        if (run.status() != RunStatus.COMPLETED && run.status() != RunStatus.FAILED) {
            run.failed(reason, OffsetDateTime.now(clock));
            announce(run);
        }
    }

    /**
     * The run's job ended without finishing while the server kept running (the database was away when it
     * should have recorded its end, say): it is queued to resume from its checkpoint.
     */
    public void interrupted(long id) {
        HeadshotRun run = find(id);
        if (run.status() == RunStatus.RUNNING) {
            run.interrupted(OffsetDateTime.now(clock));
            announce(run);
        }
    }

    /**
     * The runs that were running when the server stopped, queued again to resume from their checkpoints.
     *
     * @return their batch executions, which the job repository still shows as running
     */
    public List<Long> requeueInterrupted() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return runs.withStatus(RunStatus.RUNNING).stream()
                .map(run -> {
                    run.interrupted(now);
                    announce(run);
                    return run.execution().orElseThrow();
                })
                .toList();
    }

    /** Tells watchers that some headshots of the run were kept (it changes nothing: partitions call it at once). */
    public void headshotsKept(Username owner, int number) {
        runs.of(owner).stream()
                .filter(run -> run.number() == number)
                .findFirst()
                .ifPresent(this::announce);
    }

    /** The run's identity is built, after this long. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void identityBuilt(long id, java.time.Duration took) {
        find(id).identityTook(took.toMillis());
    }

    private HeadshotRun queue(Seat seat, int number) {
        HeadshotRun run = runs.store(
                HeadshotRun.forSeat(seat, number, SEEDS.nextLong() & Long.MAX_VALUE, OffsetDateTime.now(clock)));
        announce(run);
        return run;
    }

    /** The person's seats in open orders, newest order first. */
    private List<Seat> openSeats(Username owner) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return orders.seatsOf(owner).stream()
                .filter(seat -> seat.order().isOpen(now))
                .sorted(Comparator.comparing((Seat seat) -> seat.order().createdAt())
                        .reversed())
                .toList();
    }

    private HeadshotRun visible(long id, Username caller, Organisation organisation, boolean admin) {
        return runs.find(id)
                .filter(run -> run.owner().equals(caller)
                        || admin && run.organisation().equals(organisation))
                .orElseThrow(() -> new RunNotFoundException(id));
    }

    private HeadshotRun find(long id) {
        return runs.find(id).orElseThrow(() -> new RunNotFoundException(id));
    }

    private RunView view(HeadshotRun run) {
        RunTimings timings = new RunTimings(run.identityMillis(), 0, 0, 0, 0, 0)
                .plus(headshots.timingsOf(run.owner(), run.number()));
        return RunView.of(run, headshots.count(run.owner(), run.number()), timings);
    }

    private void announce(HeadshotRun run) {
        changed.fire(new RunChanged(run.owner(), run.organisation()));
    }
}
