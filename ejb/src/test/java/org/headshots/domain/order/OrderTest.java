package org.headshots.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.InvalidValueException;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Username OLIVIA = new Username("olivia");
    private static final Organisation ACME = new Organisation("headshots.example");

    private static Employee person(String name) {
        return new Employee(new Username(name), name + "@example.org", null);
    }

    @Test
    void everyMemberGetsOneInvitedSeat() {
        Order order = new Order(
                ACME,
                new OrderName("Engineering 2027"),
                new Department("Engineering"),
                LocalDate.of(2026, 12, 10),
                List.of(person("bob"), person("carol"), person("bob")),
                OLIVIA,
                NOW);

        assertEquals(2, order.seatCount());
        assertTrue(order.seats().stream().allMatch(seat -> seat.status() == SeatStatus.INVITED));
        assertEquals("bob", order.seats().get(0).displayName());
    }

    @Test
    void aDeadlineInThePastIsRefusedWithTheDate() {
        InvalidOrderException e = assertThrows(
                InvalidOrderException.class,
                () -> new Order(
                        ACME,
                        new OrderName("Late"),
                        new Department("Sales"),
                        LocalDate.of(2026, 11, 25),
                        List.of(person("erin")),
                        OLIVIA,
                        NOW));
        assertTrue(e.getMessage().contains("2026-11-25"), e.getMessage());
    }

    @Test
    void todayIsAValidDeadline() {
        Order order = new Order(
                ACME,
                new OrderName("Today"),
                new Department("Sales"),
                NOW.toLocalDate(),
                List.of(person("erin")),
                OLIVIA,
                NOW);
        assertEquals(NOW.toLocalDate(), order.deadline());
    }

    @Test
    void anEmptyDepartmentCannotBeOrderedFor() {
        InvalidOrderException e = assertThrows(
                InvalidOrderException.class,
                () -> new Order(
                        ACME,
                        new OrderName("Nobody"),
                        new Department("Design"),
                        LocalDate.of(2027, 1, 1),
                        List.of(),
                        OLIVIA,
                        NOW));
        assertTrue(e.getMessage().contains("Design"), e.getMessage());
    }

    @Test
    void aMissingDeadlineIsRefused() {
        assertThrows(
                InvalidOrderException.class,
                () -> new Order(
                        ACME,
                        new OrderName("No date"),
                        new Department("Sales"),
                        null,
                        List.of(person("erin")),
                        OLIVIA,
                        NOW));
    }

    @Test
    void namesAreTrimmedAndBounded() {
        assertEquals("Spring", new OrderName("  Spring ").value());
        assertThrows(InvalidOrderException.class, () -> new OrderName("   "));
        assertThrows(InvalidOrderException.class, () -> new OrderName("x".repeat(OrderName.MAX_LENGTH + 1)));
    }

    @Test
    void usernamesRejectSpacesAndControlCharacters() {
        assertThrows(InvalidValueException.class, () -> new Username("bob smith"));
        assertThrows(InvalidValueException.class, () -> new Username(""));
        assertEquals("first.last@corp", new Username("first.last@corp").value());
    }

    @Test
    void aDeadlineMoreThanThreeYearsAwayIsRefusedWithTheLastDayAllowed() {
        InvalidOrderException e = assertThrows(
                InvalidOrderException.class,
                () -> new Order(
                        ACME,
                        new OrderName("Far"),
                        new Department("Sales"),
                        LocalDate.of(2029, 11, 27),
                        List.of(person("erin")),
                        OLIVIA,
                        NOW));
        assertTrue(e.getMessage().contains("before 2029-11-27"), e.getMessage());
        new Order(
                ACME,
                new OrderName("Just"),
                new Department("Sales"),
                LocalDate.of(2029, 11, 26),
                List.of(person("erin")),
                OLIVIA,
                NOW);
    }

    @Test
    void anOrderAndItsSeatsBelongToItsOrganisation() {
        Order order = new Order(
                ACME,
                new OrderName("Sales 2027"),
                new Department("Sales"),
                LocalDate.of(2027, 1, 1),
                List.of(person("erin")),
                OLIVIA,
                NOW);
        assertTrue(order.belongsTo(ACME));
        assertFalse(order.belongsTo(new Organisation("globex.example")));
    }

    @Test
    void aDraftIsOpenedThenClosedAndNeitherTwice() {
        Order order = new Order(
                ACME,
                new OrderName("Draft"),
                Audience.of(new Department("Sales")),
                LocalDate.of(2027, 1, 1),
                HeadshotPlan.standard(),
                List.of(person("erin")),
                OLIVIA,
                NOW,
                true);
        assertEquals(OrderStatus.DRAFT, order.status());
        assertFalse(order.isOpen(NOW), "no runs, no choices in a draft");
        assertFalse(order.isVisibleToMembers(), "a draft is the admin's alone");
        assertThrows(OrderStateException.class, () -> order.close(NOW));

        order.open(NOW.plusHours(1));
        assertTrue(order.isOpen(NOW.plusHours(1)));
        assertEquals(NOW.plusHours(1), order.openedAt().orElseThrow());
        assertThrows(OrderStateException.class, () -> order.open(NOW));

        order.close(NOW.plusDays(2));
        assertFalse(order.isOpen(NOW.plusDays(2)), "favourites are final once closed");
        assertTrue(order.isVisibleToMembers(), "people still see a closed order");
        OrderStateException again = assertThrows(OrderStateException.class, () -> order.close(NOW.plusDays(3)));
        assertTrue(again.getMessage().contains("closed"), again.getMessage());
        assertThrows(OrderStateException.class, () -> order.moveDeadline(LocalDate.of(2027, 2, 1), NOW));
    }

    @Test
    void theDeadlineMovesWithinTheSameRulesAndKeepsEverySeat() {
        Order order = new Order(
                ACME,
                new OrderName("Move"),
                new Department("Sales"),
                LocalDate.of(2027, 1, 1),
                List.of(person("erin"), person("frank")),
                OLIVIA,
                NOW);
        order.moveDeadline(LocalDate.of(2027, 3, 1), NOW);
        assertEquals(LocalDate.of(2027, 3, 1), order.deadline());
        assertEquals(2, order.seatCount());
        assertThrows(InvalidOrderException.class, () -> order.moveDeadline(LocalDate.of(2026, 1, 1), NOW));
        assertThrows(InvalidOrderException.class, () -> order.moveDeadline(LocalDate.of(2035, 1, 1), NOW));
        assertEquals(LocalDate.of(2027, 3, 1), order.deadline(), "a refused move changes nothing");
    }

    @Test
    void anOrderForTwoDepartmentsAndAPersonPickedByNameSaysSoAndSeatsEachOnce() {
        Audience audience = Audience.of(
                List.of(new Department("Sales"), new Department("Engineering/Platform")),
                List.of(new Username("grace")));
        Order order = new Order(
                ACME,
                new OrderName("Mixed"),
                audience,
                LocalDate.of(2027, 1, 1),
                HeadshotPlan.standard(),
                List.of(person("erin"), person("dave"), person("grace"), person("erin")),
                OLIVIA,
                NOW,
                true);

        assertEquals(3, order.seatCount());
        assertEquals("Engineering/Platform, Sales and grace", order.audienceText());
        assertEquals(List.of("Engineering/Platform", "Sales"), order.audience().departmentNames());
        assertEquals(List.of("grace"), order.audience().usernames());
    }

    @Test
    void anAudienceNamesSomebodyAndNotTooMany() {
        InvalidOrderException nobody =
                assertThrows(InvalidOrderException.class, () -> Audience.of(List.of(), List.of()));
        assertTrue(nobody.getMessage().contains("at least one department or one person"), nobody.getMessage());
        List<Department> many = java.util.stream.IntStream.rangeClosed(0, Audience.MAX_DEPARTMENTS)
                .mapToObj(i -> new Department("Team " + i))
                .toList();
        assertThrows(InvalidOrderException.class, () -> Audience.of(many, List.of()));
        assertEquals(
                "7 people",
                Audience.of(
                                List.of(),
                                java.util.stream.IntStream.range(0, 7)
                                        .mapToObj(i -> new Username("p" + i))
                                        .toList())
                        .describe(255));
        String longName = "D".repeat(200);
        String described = Audience.of(List.of(new Department(longName), new Department("E" + longName)), List.of())
                .describe(255);
        assertEquals(255, described.length());
        assertTrue(described.endsWith("…"), described);
    }

    @Test
    void aPersonTheAdminTookOutIsNotSeatedAgainUntilPickedByName() {
        Order order = new Order(
                ACME,
                new OrderName("Sales"),
                new Department("Sales"),
                LocalDate.of(2027, 1, 1),
                List.of(person("erin"), person("frank")),
                OLIVIA,
                NOW);
        Seat erin = order.seats().get(0);
        order.remove(erin);
        order.exclude(erin.username());

        assertTrue(order.add(person("erin"), NOW).isEmpty(), "the directory sync does not bring her back");
        order.pick(List.of(new Username("erin")));
        assertTrue(order.add(person("erin"), NOW).isPresent(), "picked by name, she has a seat again");
        assertEquals("Sales and erin", order.audienceText());

        order.exclude(new Username("erin"));
        assertEquals("Sales", order.audienceText(), "taken out, she is no longer picked");
        order.close(NOW);
        assertThrows(OrderStateException.class, () -> order.pick(List.of(new Username("frank"))));
    }

    @Test
    void aSeatedPersonAddedAgainKeepsTheSeatDescribedAsTheDirectoryHasThemNow() {
        Order order = new Order(
                ACME,
                new OrderName("Sales"),
                new Department("Sales"),
                LocalDate.of(2027, 1, 1),
                List.of(new Employee(
                        new Username("frank"), "frank@example.org", "Frank", new Department("Sales"), "Sales Rep")),
                OLIVIA,
                NOW);
        Seat frank = order.seats().get(0);

        assertTrue(
                order.add(
                                new Employee(
                                        new Username("frank"),
                                        "frank.f@example.org",
                                        "Frank Fisher",
                                        new Department("Sales/EMEA"),
                                        "Sales Manager"),
                                NOW)
                        .isEmpty(),
                "no second seat");
        assertEquals(1, order.seatCount());
        assertEquals("Frank Fisher", frank.displayName());
        assertEquals("frank.f@example.org", frank.email());
        assertEquals("Sales Manager", frank.title());
        assertEquals("Sales/EMEA", frank.department().orElseThrow().name());

        order.add(new Employee(new Username("frank"), "frank.f@example.org", "Frank Fisher", null, ""), NOW);
        assertEquals("Sales/EMEA", frank.department().orElseThrow().name(), "kept when the directory names none");
        assertEquals("", frank.title());
    }

    @Test
    void anOrderPickedByNameIsForNobodyOnceItsOnlyPersonIsForgottenAndCanPickAgain() {
        Username zoe = new Username("zoe");
        Order order = new Order(
                ACME,
                new OrderName("Zoe's portrait"),
                Audience.of(List.of(), List.of(zoe)),
                LocalDate.of(2026, 12, 20),
                HeadshotPlan.standard(),
                List.of(new Employee(zoe, "zoe@headshots.example", "Zoe", null)),
                OLIVIA,
                NOW,
                true);

        order.forget(zoe);

        assertEquals(0, order.seatCount());
        assertTrue(order.audience().isEmpty());
        assertEquals(Order.NOBODY_LEFT, order.audienceText());
        assertFalse(order.audienceText().contains("zoe"));

        order.pick(List.of(new Username("yves")));
        assertEquals("yves", order.audienceText());
    }
}
