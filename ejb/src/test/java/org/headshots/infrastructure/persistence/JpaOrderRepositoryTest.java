package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.ERIN;
import static org.headshots.infrastructure.persistence.Examples.FRANK;
import static org.headshots.infrastructure.persistence.Examples.GINA;
import static org.headshots.infrastructure.persistence.Examples.GLOBEX;
import static org.headshots.infrastructure.persistence.Examples.HANK;
import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.headshots.infrastructure.persistence.Examples.employee;
import static org.headshots.infrastructure.persistence.Examples.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.headshots.domain.order.Audience;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.MemberQuery;
import org.headshots.domain.order.MemberState;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.order.OrderStatus;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaOrderRepositoryTest extends RepositoryOnH2 {

    private final JpaOrderRepository orders = new JpaOrderRepository();
    private OrderId sales;
    private OrderId draft;
    private OrderId globex;

    @BeforeEach
    void threeOrders() {
        orders.em = em;
        sales = inTransaction(() -> orders.store(order(
                        ACME,
                        "Sales 2027",
                        MONDAY,
                        employee(FRANK, "Frank Fisher", "Sales"),
                        employee(ERIN, "Erin Example", "Sales"),
                        employee(GINA, "Gina Green", null))))
                .id();
        draft = inTransaction(() -> orders.store(new Order(
                        ACME,
                        new OrderName("Design 2027"),
                        Audience.of(new Department("Design")),
                        MONDAY.toLocalDate().plusWeeks(6),
                        new HeadshotPlan(8, List.of("studio-grey"), "#1a4b8c", 2),
                        List.of(employee(ERIN, "Erin Example", "Design")),
                        Examples.OLIVIA,
                        MONDAY.plusHours(1),
                        true)))
                .id();
        globex = inTransaction(() -> orders.store(
                        order(GLOBEX, "Globex", MONDAY.plusHours(2), employee(HANK, "Hank Hill", "Sales"))))
                .id();
    }

    @Test
    void aStoredOrderComesBackWithItsPlanAudienceAndSeats() {
        Order found = orders.find(draft).orElseThrow();

        assertEquals("Design 2027", found.name().value());
        assertEquals(OrderStatus.DRAFT, found.status());
        assertEquals(MONDAY.toLocalDate().plusWeeks(6), found.deadline());
        assertEquals(MONDAY.plusHours(1).toInstant(), found.createdAt().toInstant());
        assertEquals(new HeadshotPlan(8, List.of("studio-grey"), "#1a4b8c", 2), found.plan());
        assertEquals(Set.of(new Department("Design")), found.audience().departments());
        assertEquals(List.of(ERIN), found.seats().stream().map(Seat::username).toList());
        assertEquals(
                List.of(ERIN, FRANK, GINA),
                orders.find(sales).orElseThrow().seats().stream()
                        .map(Seat::username)
                        .toList(),
                "by user name");
    }

    @Test
    void anOrderIsFoundOnlyInItsOwnOrganisation() {
        assertTrue(orders.find(ACME, sales).isPresent());
        assertTrue(orders.find(GLOBEX, sales).isEmpty());
        assertTrue(orders.find(new OrderId(globex.value() + 1000)).isEmpty());
    }

    @Test
    void anOrganisationsOrdersAreListedNewestFirst() {
        assertEquals(
                List.of(draft, sales), orders.of(ACME).stream().map(Order::id).toList());
        assertEquals(List.of(globex), orders.of(GLOBEX).stream().map(Order::id).toList());
    }

    @Test
    void ordersInAStateAreFoundInEveryOrganisation() {
        assertEquals(
                List.of(draft),
                orders.withStatus(OrderStatus.DRAFT).stream().map(Order::id).toList());
        assertEquals(
                Set.of(sales, globex),
                Set.copyOf(orders.withStatus(OrderStatus.OPEN).stream()
                        .map(Order::id)
                        .toList()));
        assertTrue(orders.withStatus(OrderStatus.CLOSED).isEmpty());
    }

    @Test
    void aFlushWritesANewSeatSoThatTheSameTransactionCountsIt() {
        long counted = inTransaction(() -> {
            Order order = orders.find(sales).orElseThrow();
            Seat added = order.add(employee(HANK, "Hank Hill", "Sales"), MONDAY.plusDays(1))
                    .orElseThrow();
            orders.flush();
            assertTrue(added.id() > 0, "the seat has its id once written");
            return orders.countMembers(sales, MemberQuery.all());
        });
        assertEquals(4, counted);
        assertEquals(4, orders.countMembers(sales, MemberQuery.all()));
    }

    @Test
    void aRecordedStateIsKeptForThatSeatOnly() {
        Seat erin = orders.seat(sales, ERIN).orElseThrow();
        inTransaction(() -> orders.recordState(erin, MemberState.UPLOADING));

        assertEquals(
                MemberState.UPLOADING, orders.seat(sales, ERIN).orElseThrow().state());
        assertEquals(MemberState.INVITED, orders.seat(draft, ERIN).orElseThrow().state(), "her other seat");
    }

    @Test
    void aPersonsSeatIsFoundInTheOrderTheyAreIn() {
        assertEquals("Frank Fisher", orders.seat(sales, FRANK).orElseThrow().displayName());
        assertTrue(orders.seat(sales, HANK).isEmpty());
        assertTrue(orders.seat(draft, FRANK).isEmpty());
    }

    @Test
    void membersAreSearchedFilteredSortedAndPaged() {
        inTransaction(() -> orders.recordState(orders.seat(sales, FRANK).orElseThrow(), MemberState.READY));

        assertEquals(
                List.of(GINA, FRANK, ERIN),
                names(orders.members(sales, new MemberQuery(null, Set.of(), MemberQuery.Sort.NAME, false, 0, 50))));
        assertEquals(
                List.of(ERIN, FRANK),
                names(orders.members(sales, new MemberQuery("SALES", Set.of(), MemberQuery.Sort.NAME, true, 0, 50))),
                "by department");
        assertEquals(
                List.of(FRANK),
                names(orders.members(
                        sales,
                        new MemberQuery("sales", Set.of(MemberState.READY), MemberQuery.Sort.NAME, true, 0, 50))));
        assertEquals(
                List.of(FRANK),
                names(orders.members(sales, new MemberQuery(null, Set.of(), MemberQuery.Sort.EMAIL, true, 1, 1))),
                "the second page of one");
        assertEquals(
                List.of(GINA, ERIN, FRANK),
                names(orders.members(sales, new MemberQuery(null, Set.of(), MemberQuery.Sort.DEPARTMENT, true, 0, 50))),
                "none, then Sales");
        assertEquals(
                List.of(ERIN, GINA, FRANK),
                names(orders.members(sales, new MemberQuery(null, Set.of(), MemberQuery.Sort.STATE, true, 0, 50))),
                "INVITED before READY");
        assertTrue(
                orders.members(sales, new MemberQuery("%", Set.of(), null, true, 0, 50))
                        .isEmpty(),
                "a % is searched for as itself");
    }

    @Test
    void membersAreCountedAsTheQueryFindsThemNotAsAPage() {
        assertEquals(3, orders.countMembers(sales, new MemberQuery(null, Set.of(), null, true, 0, 1)));
        assertEquals(1, orders.countMembers(sales, new MemberQuery("gina@", Set.of(), null, true, 0, 50)));
        assertEquals(0, orders.countMembers(sales, new MemberQuery(null, Set.of(MemberState.DONE), null, true, 0, 50)));
        assertEquals(1, orders.countMembers(globex, MemberQuery.all()));
    }

    @Test
    void seatsAreCountedPerOrderOfTheOrganisation() {
        assertEquals(Map.of(sales.value(), 3L, draft.value(), 1L), orders.seatCounts(ACME));
        assertEquals(Map.of(globex.value(), 1L), orders.seatCounts(GLOBEX));
    }

    @Test
    void statesAreCountedForTheOrderAndPerDepartment() {
        inTransaction(() -> orders.recordState(orders.seat(sales, ERIN).orElseThrow(), MemberState.DONE));

        Map<MemberState, Long> states = orders.stateCounts(sales);
        assertEquals(MemberState.values().length, states.size(), "every state, also those nobody is in");
        assertEquals(2, states.get(MemberState.INVITED));
        assertEquals(1, states.get(MemberState.DONE));
        assertEquals(0, states.get(MemberState.READY));

        Map<String, Map<MemberState, Long>> byDepartment = orders.stateCountsByDepartment(sales);
        assertEquals(List.of("", "Sales"), List.copyOf(byDepartment.keySet()));
        assertEquals(1, byDepartment.get("").get(MemberState.INVITED));
        assertEquals(1, byDepartment.get("Sales").get(MemberState.INVITED));
        assertEquals(1, byDepartment.get("Sales").get(MemberState.DONE));
        assertEquals(0, byDepartment.get("").get(MemberState.DONE));
    }

    @Test
    void aPersonsSeatsComeNewestOrderFirst() {
        assertEquals(
                List.of(draft, sales),
                orders.seatsOf(ERIN).stream().map(seat -> seat.order().id()).toList());
        assertEquals(
                List.of(globex),
                orders.seatsOf(HANK).stream().map(seat -> seat.order().id()).toList());
        assertTrue(orders.seatsOf(new Username("nobody")).isEmpty());
    }

    private static List<Username> names(List<Seat> seats) {
        return seats.stream().map(Seat::username).toList();
    }

    @Test
    void theOrdersNamingAPersonAreThoseThatPickedOrTookThemOutByName() {
        inTransaction(() -> {
            orders.find(sales).orElseThrow().exclude(FRANK);
            orders.find(draft).orElseThrow().pick(List.of(GINA));
        });

        assertEquals(
                List.of(sales), orders.naming(FRANK).stream().map(Order::id).toList());
        assertEquals(List.of(draft), orders.naming(GINA).stream().map(Order::id).toList());
        assertEquals(List.of(), orders.naming(ERIN), "Erin is in by her department only");
    }
}
