package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headshots.application.erasure.PhotoEraser;
import org.headshots.application.selfie.SelfieService;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.order.MemberFacts;
import org.headshots.domain.order.MemberQuery;
import org.headshots.domain.order.MemberState;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.InvalidValueException;
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.run.HeadshotRunRepository;
import org.headshots.domain.run.RunStatus;

/**
 * The members of an organisation's order, as its admin works with them: paged, searched and counted by state;
 * granted a remake, marked as handled, or removed from the order (their photos of it deleted).
 */
@Stateless
public class MemberService {

    @Inject
    OrderRepository orders;

    @Inject
    HeadshotRunRepository runs;

    @Inject
    HeadshotRepository headshots;

    @Inject
    SelfieService selfies;

    @Inject
    PhotoEraser photos;

    @Inject
    MemberFacts facts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public MemberPage members(Organisation organisation, long orderId, MemberQuery query) {
        Order order = order(organisation, orderId);
        Map<String, Long> states = new LinkedHashMap<>();
        orders.stateCounts(order.id()).forEach((state, count) -> states.put(state.name(), count));
        List<MemberRow> rows = rows(order.id(), orders.members(order.id(), query));
        long total = states.values().stream().mapToLong(Long::longValue).sum();
        return new MemberPage(
                rows,
                query.search() == null && query.states().isEmpty() ? total : orders.countMembers(order.id(), query),
                total,
                states);
    }

    public MemberRow member(Organisation organisation, long orderId, String username) {
        return row(seat(order(organisation, orderId), username));
    }

    /** One more remake for the person, on top of what the order gives everyone. */
    public MemberRow grantRemake(Organisation organisation, long orderId, String username, Username admin) {
        Seat seat = seat(order(organisation, orderId), username);
        seat.grantRemake();
        record(admin, AuditAction.REMAKE_GRANTED, seat, seat.remakesAllowed() + " remakes allowed now");
        return row(seat);
    }

    public MemberRow markHandled(
            Organisation organisation, long orderId, String username, boolean handled, Username admin) {
        Seat seat = seat(order(organisation, orderId), username);
        seat.markHandled(handled);
        record(admin, handled ? AuditAction.MEMBER_HANDLED : AuditAction.MEMBER_NOT_HANDLED, seat, "");
        return row(seat);
    }

    /**
     * Takes the person out of the order: their runs for it stop, the headshots made for it are deleted (their
     * favourite too, when it was one of them), and when they hold no other seat, their selfies as well.
     */
    public void remove(Organisation organisation, long orderId, String username, Username admin) {
        Order order = order(organisation, orderId);
        Seat seat = seat(order, username);
        takeOut(order, seat, admin);
        order.exclude(seat.username());
    }

    /** Takes out a person who left the order's audience in the directory, as {@link #remove} does. */
    public void removeLeaver(Organisation organisation, long orderId, String username, Username by) {
        Order order = order(organisation, orderId);
        takeOut(order, seat(order, username), by);
    }

    private void takeOut(Order order, Seat seat, Username admin) {
        Username person = seat.username();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int deleted = 0;
        headshots.favouriteOf(person, order.id()).ifPresent(headshots::remove);
        for (HeadshotRun run : runs.of(person)) {
            if (!run.order().equals(order.id())) {
                continue;
            }
            if (run.status() == RunStatus.QUEUED || run.status() == RunStatus.RUNNING) {
                run.failed("You were removed from the order by your admin", now);
            }
            for (Headshot headshot : headshots.ofRun(person, run.number())) {
                photos.erase(headshot);
                deleted++;
            }
        }
        order.remove(seat);
        boolean lastSeat = orders.seatsOf(person).stream()
                .noneMatch(other -> other != seat && !other.order().id().equals(order.id()));
        int selfiesDeleted = lastSeat
                ? selfies.deleteAll(person, "removed from order " + order.id().value())
                : 0;
        audit.record(AuditEvent.by(
                admin,
                AuditAction.MEMBER_REMOVED,
                "seat:" + order.id().value() + "/" + person.value(),
                deleted + " headshots and " + selfiesDeleted + " selfies deleted",
                order.organisation(),
                now));
    }

    private MemberRow row(Seat seat) {
        return rows(seat.order().id(), List.of(seat)).get(0);
    }

    /** The rows of a page of seats, their selfies, runs and favourites read for all of them at once. */
    private List<MemberRow> rows(OrderId order, List<Seat> seats) {
        List<Username> people = seats.stream().map(Seat::username).toList();
        Map<Username, MemberFacts.Selfies> selfieCounts = facts.selfies(people);
        Map<Username, MemberFacts.LatestRun> latest = facts.latestRuns(order, people);
        Map<Username, MemberFacts.Chosen> favourites = facts.favouritesOfOrder(order, people);
        return seats.stream()
                .map(seat -> {
                    Username person = seat.username();
                    MemberFacts.Selfies counted = selfieCounts.getOrDefault(person, new MemberFacts.Selfies(0, 0));
                    Optional<MemberFacts.LatestRun> run = Optional.ofNullable(latest.get(person));
                    MemberState state = seat.state();
                    return new MemberRow(
                            person.value(),
                            seat.displayName(),
                            seat.email(),
                            seat.department()
                                    .map(org.headshots.domain.people.Department::name)
                                    .orElse(""),
                            seat.title(),
                            state.name(),
                            state.nextStep(),
                            seat.handled(),
                            counted.accepted(),
                            counted.uploaded(),
                            run.map(MemberFacts.LatestRun::id).orElse(null),
                            run.map(MemberFacts.LatestRun::status).orElse(null),
                            run.map(MemberFacts.LatestRun::kept).orElse(0),
                            run.map(MemberFacts.LatestRun::ordered)
                                    .orElse(seat.order().plan().headshotsPerPerson()),
                            Optional.ofNullable(favourites.get(person))
                                    .map(MemberFacts.Chosen::headshotId)
                                    .orElse(null),
                            seat.remakesAllowed());
                })
                .toList();
    }

    private Order order(Organisation organisation, long id) {
        return OrderLookup.find(orders, organisation, id);
    }

    private Seat seat(Order order, String username) {
        Username person;
        try {
            person = new Username(username);
        } catch (InvalidValueException notAName) {
            throw new MemberNotFoundException(order.id().value(), username);
        }
        return orders.seat(order.id(), person)
                .orElseThrow(() -> new MemberNotFoundException(order.id().value(), username));
    }

    private void record(Username admin, AuditAction action, Seat seat, String detail) {
        audit.record(AuditEvent.by(
                admin,
                action,
                "seat:" + seat.order().id().value() + "/" + seat.username().value(),
                detail,
                seat.order().organisation(),
                OffsetDateTime.now(clock)));
    }
}
