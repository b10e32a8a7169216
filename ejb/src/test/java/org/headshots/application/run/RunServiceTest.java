package org.headshots.application.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.headshots.application.selfie.SeatsReady;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.Seat;
import org.headshots.domain.order.SeatStatus;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.run.HeadshotRunRepository;
import org.headshots.domain.run.RemakeNotAllowedException;
import org.headshots.domain.run.RunStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final Username FRANK = new Username("frank");

    private final List<HeadshotRun> stored = new ArrayList<>();
    private Seat seat;
    private RunService service;

    /** The runs, kept in a list, numbered as the database would. */
    private final class ListedRuns implements HeadshotRunRepository {

        @Override
        public HeadshotRun store(HeadshotRun run) {
            try {
                Field id = HeadshotRun.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(run, (long) stored.size() + 1);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            stored.add(run);
            return run;
        }

        @Override
        public void remove(HeadshotRun run) {
            stored.remove(run);
        }

        @Override
        public Optional<HeadshotRun> find(long id) {
            return stored.stream().filter(run -> run.id() == id).findFirst();
        }

        @Override
        public List<HeadshotRun> of(Username owner) {
            return stored.stream()
                    .filter(run -> run.owner().equals(owner))
                    .sorted(Comparator.comparingInt(HeadshotRun::number).reversed())
                    .toList();
        }

        @Override
        public List<HeadshotRun> of(Organisation organisation) {
            return stored.stream()
                    .filter(run -> run.organisation().equals(organisation))
                    .toList();
        }

        @Override
        public List<HeadshotRun> withStatus(RunStatus status) {
            return stored.stream().filter(run -> run.status() == status).toList();
        }
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void service() {
        Order order = mock(Order.class);
        when(order.id()).thenReturn(new OrderId(3));
        when(order.plan()).thenReturn(new HeadshotPlan(12, List.of("studio-grey", "office-blue"), null, 1));
        when(order.isOpen(any())).thenReturn(true);
        when(order.createdAt()).thenReturn(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
        when(order.organisation()).thenReturn(new Organisation("initech.example"));
        seat = mock(Seat.class);
        when(seat.status()).thenReturn(org.headshots.domain.order.SeatStatus.READY);
        when(seat.remakesAllowed()).thenReturn(1);
        when(seat.order()).thenReturn(order);
        when(seat.username()).thenReturn(FRANK);
        when(seat.email()).thenReturn("frank@initech.example");

        service = new RunService();
        service.runs = new ListedRuns();
        service.orders = mock(OrderRepository.class);
        when(service.orders.seatsOf(FRANK)).thenReturn(List.of(seat));
        service.headshots = mock(HeadshotRepository.class);
        when(service.headshots.timingsOf(any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(org.headshots.domain.run.RunTimings.none());
        service.audit = mock(AuditTrail.class);
        service.changed = mock(Event.class);
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void theFirstReadinessQueuesRunOneWithThePlanOfTheOrderAndLaterOnesDoNot() {
        service.queueFirstRun(new SeatsReady(FRANK));
        service.queueFirstRun(new SeatsReady(FRANK));

        assertEquals(1, stored.size());
        HeadshotRun run = stored.get(0);
        assertEquals(1, run.number());
        assertEquals(12, run.headshotCount());
        assertEquals(new Organisation("initech.example"), run.organisation());
        assertEquals(List.of(1L), service.runsToStart(4));
        assertEquals(List.of(), service.runsToStart(0));
    }

    @Test
    void aPersonWithSeatsInTwoOrdersGetsARunForEachWithThatOrdersPlan() {
        Order older = mock(Order.class);
        when(older.id()).thenReturn(new OrderId(2));
        when(older.plan()).thenReturn(new HeadshotPlan(4, List.of("white-clean"), null, 0));
        when(older.isOpen(any())).thenReturn(true);
        when(older.createdAt()).thenReturn(OffsetDateTime.ofInstant(NOW.minusSeconds(3600), ZoneOffset.UTC));
        when(older.organisation()).thenReturn(new Organisation("initech.example"));
        Seat second = mock(Seat.class);
        when(second.order()).thenReturn(older);
        when(second.username()).thenReturn(FRANK);
        when(second.status()).thenReturn(SeatStatus.READY);
        when(second.remakesAllowed()).thenReturn(0);
        when(service.orders.seatsOf(FRANK)).thenReturn(List.of(second, seat));

        service.queueFirstRun(new SeatsReady(FRANK));
        service.queueFirstRun(new SeatsReady(FRANK));

        assertEquals(2, stored.size(), "one run per seat, once");
        HeadshotRun newest = stored.stream()
                .filter(run -> run.order().equals(new OrderId(3)))
                .findFirst()
                .orElseThrow();
        HeadshotRun oldest = stored.stream()
                .filter(run -> run.order().equals(new OrderId(2)))
                .findFirst()
                .orElseThrow();
        assertEquals(12, newest.headshotCount());
        assertEquals(4, oldest.headshotCount(), "no newest order wins: each run follows its own order's plan");
        assertTrue(newest.number() != oldest.number(), "runs are numbered per person across orders");
        service.started(oldest.id(), 20);
        service.completed(oldest.id());
        RemakeNotAllowedException none =
                assertThrows(RemakeNotAllowedException.class, () -> service.remake(FRANK, new OrderId(2)));
        assertTrue(none.getMessage().contains("0 remakes"), none.getMessage());
    }

    @Test
    void readyAgainAfterAFailedRunQueuesANewOneThatUsesNoRemake() {
        service.queueFirstRun(new SeatsReady(FRANK));
        service.started(1, 10);
        service.failed(1, "The selfies these headshots are made from were deleted.");
        service.queueFirstRun(new SeatsReady(FRANK));
        assertEquals(2, stored.size());
        service.started(2, 11);
        service.completed(2);

        RunView remake = service.remake(FRANK);
        assertEquals(3, remake.run());
        assertTrue(stored.get(2).seed() != stored.get(1).seed(), "a remake has seeds of its own");
    }

    @Test
    void aRunWhoseSelfiesWereDeletedIsReplacedAtOnceWhenThePersonIsReadyAgain() {
        service.queueFirstRun(new SeatsReady(FRANK));
        service.started(1, 10);
        when(seat.status()).thenReturn(SeatStatus.READY);

        service.selfiesGone(1, "The selfies these headshots are made from were deleted.");

        assertEquals(RunStatus.FAILED, stored.get(0).status());
        assertEquals(2, stored.size(), "ready again while run 1 was going: run 2 is queued now");
        assertEquals(RunStatus.QUEUED, stored.get(1).status());
    }

    @Test
    void aRunWhoseSelfiesWereDeletedWaitsForNewOnesWhenThePersonIsNotReady() {
        service.queueFirstRun(new SeatsReady(FRANK));
        service.started(1, 10);
        when(seat.status()).thenReturn(SeatStatus.INVITED);

        service.selfiesGone(1, "The selfies these headshots are made from were deleted.");

        assertEquals(1, stored.size());
    }

    @Test
    void aRemakeWaitsForTheRunGoingAndStopsAtTheOrdersAllowance() {
        service.queueFirstRun(new SeatsReady(FRANK));
        RemakeNotAllowedException going = assertThrows(RemakeNotAllowedException.class, () -> service.remake(FRANK));
        assertTrue(going.getMessage().contains("still being made"), going.getMessage());

        service.started(1, 10);
        service.completed(1);
        service.remake(FRANK);
        service.started(2, 12);
        service.completed(2);
        RemakeNotAllowedException used = assertThrows(RemakeNotAllowedException.class, () -> service.remake(FRANK));
        assertTrue(used.getMessage().contains("1 remake"), used.getMessage());
    }

    @Test
    void onlyTheOwnerOrAnAdminOfTheirOrganisationRetriesAFailedRun() {
        service.queueFirstRun(new SeatsReady(FRANK));
        service.started(1, 10);
        service.failed(1, "No GPU node has been up for 10 minutes");

        assertThrows(
                RunNotFoundException.class,
                () -> service.retry(1, new Username("erin"), new Organisation("initech.example"), false));
        assertThrows(
                RunNotFoundException.class,
                () -> service.retry(1, new Username("oscar"), new Organisation("globex.example"), true));
        RunView retried = service.retry(1, new Username("olivia"), new Organisation("initech.example"), true);
        assertEquals("QUEUED", retried.status());
        assertEquals(Long.valueOf(10), service.plan(1).execution(), "it resumes its execution");
    }

    @Test
    void runsGoingWhenTheServerStoppedAreQueuedAgainWithTheirExecutions() {
        service.queueFirstRun(new SeatsReady(FRANK));
        service.started(1, 10);

        assertEquals(List.of(10L), service.requeueInterrupted());
        assertEquals(RunStatus.QUEUED, stored.get(0).status());
    }
}
