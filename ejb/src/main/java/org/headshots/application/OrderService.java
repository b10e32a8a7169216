package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.headshots.application.mail.MailView;
import org.headshots.application.mail.SeatMails;
import org.headshots.application.selfie.SeatsReady;
import org.headshots.application.selfie.SelfieService;
import org.headshots.application.settings.SettingsService;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.mail.MailDeliveryRepository;
import org.headshots.domain.order.Audience;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.InvalidOrderException;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.OrderStateException;
import org.headshots.domain.order.OrderStatus;
import org.headshots.domain.order.ReminderSchedule;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.DepartmentDirectory;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.MemberEnrolment;
import org.headshots.domain.people.NewMember;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.settings.OrganisationSettings;

/** Org admins order headshots for their organisation's departments; employees see the seats they hold. */
@Stateless
public class OrderService {

    @Inject
    OrderRepository orders;

    @Inject
    DepartmentDirectory directory;

    @Inject
    AudienceMembers audienceMembers;

    @Inject
    MemberEnrolment enrolment;

    @Inject
    OfferedStyles offeredStyles;

    @Inject
    SelfieService selfies;

    @Inject
    SeatMails mails;

    @Inject
    MemberStates states;

    @Inject
    MemberService memberService;

    @Inject
    SettingsService settings;

    @Inject
    MailDeliveryRepository deliveries;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<MemberProgressed> progressed;

    @Inject
    jakarta.enterprise.event.Event<SeatsReady> seatsReady;

    /**
     * Creates the order with a seat for every current member of the chosen departments of the organisation (their
     * sub-teams included) and for each person picked by name, as the directory lists them; the styles must be
     * ones the GPU fleet offers.
     */
    public OrderSummary placeOrder(PlaceOrder request, Username admin, Organisation organisation) {
        OrderName name = new OrderName(request.name() == null ? "" : request.name());
        Audience audience = Audience.of(departmentsNamed(request.departments()), usernames(request.people()));
        OrganisationSettings defaults = settings.settings(organisation);
        HeadshotPlan plan = HeadshotPlan.of(
                request.headshotsPerPerson() == null ? defaults.defaultHeadshots() : request.headshotsPerPerson(),
                offered(request.styles()),
                request.brandColour() == null ? defaults.brandColour().orElse(null) : request.brandColour(),
                request.remakesPerPerson() == null ? defaults.defaultRemakes() : request.remakesPerPerson());
        List<Employee> members = audienceMembers.of(organisation, audience, true);
        Order order = new Order(
                organisation,
                name,
                audience,
                request.deadline(),
                plan,
                members,
                admin,
                OffsetDateTime.now(clock),
                request.draft());
        if (request.reminderDays() != null) {
            order.remindOn(new ReminderSchedule(request.reminderDays()));
        }
        orders.store(order);
        record(admin, request.draft() ? AuditAction.ORDER_DRAFTED : AuditAction.ORDER_PLACED, order);
        order.seats().forEach(seat -> caughtUp(seat.username()));
        if (!request.draft()) {
            mails.invite(order, admin);
        }
        return OrderSummary.of(order);
    }

    /**
     * Adds people to a draft or an open order: members of the organisation picked by name, and people not in the
     * directory yet, who get an account in it (Keycloak mails them how to set a password). Each gets a seat (and,
     * in an open order, an invitation) and keeps it whatever their department does; nobody else's seat changes.
     * Asked again, it changes nothing for those who are in already.
     *
     * @return who got a new seat
     */
    public List<String> addPeople(
            Organisation organisation, long id, List<Username> people, List<NewMember> newPeople, Username admin) {
        Order order = find(organisation, id);
        order.requireOpenToPeople();
        if (people.isEmpty() && newPeople.isEmpty()) {
            throw new InvalidOrderException("Name at least one person to add");
        }
        List<Employee> found = new java.util.ArrayList<>(
                people.isEmpty() ? List.of() : audienceMembers.of(organisation, Audience.of(List.of(), people), true));
        for (NewMember person : newPeople) {
            found.add(enrolment.enrol(organisation, person, mails.seatLink(order.id())));
        }
        order.pick(found.stream().map(Employee::username).toList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> added = new java.util.ArrayList<>();
        for (Employee person : found) {
            order.add(person, now).ifPresent(seat -> {
                added.add(seat.username().value());
                if (order.status() == OrderStatus.OPEN) {
                    mails.invite(order, seat, admin);
                }
            });
        }
        orders.flush();
        added.forEach(person -> caughtUp(new Username(person)));
        record(
                admin,
                AuditAction.ORDER_PEOPLE_ADDED,
                order,
                added.isEmpty()
                        ? "nobody new"
                        : String.join(", ", added)
                                + (newPeople.isEmpty() ? "" : "; " + newPeople.size() + " new to the directory"));
        return added;
    }

    /**
     * A new seat starts INVITED and not ready: it is brought up to what its person already did (selfies ready
     * make their run in an open order; signed in, consented and uploaded set its state once this commits).
     */
    private void caughtUp(Username person) {
        selfies.refreshSeats(person);
        progressed.fire(new MemberProgressed(person));
    }

    private static List<Department> departmentsNamed(List<String> names) {
        if (names == null) {
            return List.of();
        }
        return names.stream()
                .map(name -> new Department(name == null ? "" : name))
                .toList();
    }

    private static List<Username> usernames(List<String> names) {
        if (names == null) {
            return List.of();
        }
        return names.stream()
                .map(name -> {
                    if (name == null) {
                        throw new InvalidOrderException("'people' lists user names, as text");
                    }
                    return new Username(name);
                })
                .toList();
    }

    private void record(Username admin, AuditAction action, Order order, String detail) {
        audit.record(AuditEvent.by(
                admin, action, "order:" + order.id().value(), detail, order.organisation(), OffsetDateTime.now(clock)));
    }

    public List<OrderSummary> listOrders(Organisation organisation) {
        java.util.Map<Long, Long> seats = orders.seatCounts(organisation);
        return orders.of(organisation).stream()
                .map(order ->
                        OrderSummary.of(order, seats.getOrDefault(order.id().value(), 0L)))
                .toList();
    }

    /** One of the organisation's orders; another organisation's, or none, is not found. */
    public OrderSummary order(Organisation organisation, long id) {
        Order order = find(organisation, id);
        return OrderSummary.of(
                order, orders.seatCounts(organisation).getOrDefault(order.id().value(), 0L));
    }

    private Order find(Organisation organisation, long id) {
        return OrderLookup.find(orders, organisation, id);
    }

    private void record(Username admin, AuditAction action, Order order) {
        audit.record(AuditEvent.by(
                admin,
                action,
                "order:" + order.id().value(),
                order.name().value() + " (" + order.status().name().toLowerCase() + ", deadline " + order.deadline()
                        + ")",
                order.organisation(),
                OffsetDateTime.now(clock)));
    }

    /** Opens a draft: its people see it from now on, and those whose selfies are ready get their runs. */
    public OrderSummary open(Organisation organisation, long id, Username admin) {
        Order order = find(organisation, id);
        order.open(OffsetDateTime.now(clock));
        record(admin, AuditAction.ORDER_OPENED, order);
        mails.invite(order, admin);
        // seats that became ready while the order was a draft got no run then: they get it now
        order.seats().forEach(seat -> {
            selfies.refreshSeats(seat.username());
            seatsReady.fire(new SeatsReady(seat.username()));
        });
        return OrderSummary.of(order);
    }

    /** Closes an open order: the favourites chosen by now are final. */
    public OrderSummary close(Organisation organisation, long id, Username admin) {
        Order order = find(organisation, id);
        order.close(OffsetDateTime.now(clock));
        record(admin, AuditAction.ORDER_CLOSED, order);
        return OrderSummary.of(order);
    }

    /**
     * Reminds the given people of one of the organisation's orders now, or everyone who has not finished when
     * none are given; the mails are queued and sent within seconds.
     *
     * @return how many reminders were queued
     */
    public int remind(Organisation organisation, long id, List<Username> people, Username admin) {
        Order order = find(organisation, id);
        if (!order.isOpen(OffsetDateTime.now(clock))) {
            throw new OrderStateException("Order '" + order.name().value() + "' is not open, so nobody is reminded");
        }
        List<Username> strangers = people.stream()
                .filter(person ->
                        order.seats().stream().noneMatch(seat -> seat.username().equals(person)))
                .toList();
        if (!strangers.isEmpty()) {
            throw new InvalidOrderException("Not in order '" + order.name().value() + "': "
                    + strangers.stream().map(Username::value).collect(java.util.stream.Collectors.joining(", ")));
        }
        return mails.remind(order, people, admin);
    }

    /**
     * Brings the order's seats in step with its audience as the directory lists it now: people who joined its
     * departments get a seat (and, in an open order, an invitation), people who left them (or, when picked by
     * name, the organisation) are taken out with their photos of it.
     */
    public SyncResult sync(Organisation organisation, long id, Username by) {
        Order order = find(organisation, id);
        if (order.status() == OrderStatus.CLOSED) {
            throw new OrderStateException("Order '" + order.name().value() + "' is closed; its people are final");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Employee> members = audienceMembers.of(organisation, order.audience(), false);
        java.util.Set<Username> wanted =
                members.stream().map(Employee::username).collect(java.util.stream.Collectors.toSet());
        List<String> added = new java.util.ArrayList<>();
        for (Employee member : members) {
            order.add(member, now).ifPresent(seat -> {
                added.add(seat.username().value());
                if (order.status() == OrderStatus.OPEN) {
                    mails.invite(order, seat, by);
                }
            });
        }
        orders.flush();
        added.forEach(person -> caughtUp(new Username(person)));
        List<String> removed = order.seats().stream()
                .map(Seat::username)
                .filter(person -> !wanted.contains(person))
                .map(Username::value)
                .toList();
        removed.forEach(person -> memberService.removeLeaver(organisation, id, person, by));
        if (!added.isEmpty() || !removed.isEmpty()) {
            audit.record(AuditEvent.by(
                    by,
                    AuditAction.ORDER_SYNCED,
                    "order:" + id,
                    added.size() + " joined, " + removed.size() + " left",
                    organisation,
                    now));
        }
        return new SyncResult(added, removed);
    }

    /** The open orders of every organisation, by id, for the schedule that keeps them in step with the directory. */
    public List<OrderRef> openOrders() {
        return orders.withStatus(OrderStatus.OPEN).stream()
                .map(order -> new OrderRef(order.organisation(), order.id().value()))
                .toList();
    }

    /** The invitations and reminders of one of the organisation's orders, newest first. */
    public List<MailView> mailsOf(Organisation organisation, long id) {
        Order order = find(organisation, id);
        return deliveries.ofOrder(organisation, order.id()).stream()
                .map(MailView::of)
                .toList();
    }

    /** Renames an order, moves its deadline or changes its reminders; nobody's seat or photos change. */
    public OrderSummary update(
            Organisation organisation,
            long id,
            String name,
            LocalDate deadline,
            List<Integer> reminderDays,
            Username admin) {
        Order order = find(organisation, id);
        if (reminderDays != null) {
            order.remindOn(new ReminderSchedule(reminderDays));
        }
        if (name != null) {
            order.rename(new OrderName(name));
        }
        if (deadline != null) {
            order.moveDeadline(deadline, OffsetDateTime.now(clock));
        }
        record(admin, AuditAction.ORDER_CHANGED, order);
        return OrderSummary.of(order);
    }

    /** The seats of the orders a person is invited to (drafts are the admin's alone). */
    public List<SeatSummary> seatsOf(Username employee) {
        return orders.seatsOf(employee).stream()
                .filter(seat -> seat.order().isVisibleToMembers())
                .map(seat -> SeatSummary.of(seat, states.of(seat)))
                .toList();
    }

    /** The organisation's departments and sub-teams, by name. */
    public List<String> departments(Organisation organisation) {
        return directory.departments(organisation).stream()
                .map(Department::name)
                .sorted()
                .toList();
    }

    /** Up to 20 members of the organisation whose name, user name or e-mail contains the text. */
    public List<PersonFound> findPeople(Organisation organisation, String text) {
        return directory.search(organisation, text, 20).stream()
                .map(person -> new PersonFound(person.username().value(), person.displayName(), person.email()))
                .toList();
    }

    /** The departments and sub-teams a person belongs to. */
    public List<String> departmentsOf(Organisation organisation, Username member) {
        return directory.departmentsOf(organisation, member).stream()
                .map(Department::name)
                .sorted()
                .toList();
    }

    /** The styles an order may choose from now. */
    public List<String> styles() {
        return offeredStyles.now();
    }

    /** The styles asked for, each one the fleet offers; none asked for is the standard plan's. */
    private List<String> offered(List<String> styles) {
        if (styles != null && styles.size() > PlaceOrder.MAX_STYLES) {
            throw new InvalidOrderException("An order has at most " + PlaceOrder.MAX_STYLES + " styles, not "
                    + styles.size() + "; choose from: " + String.join(", ", offeredStyles.now()));
        }
        List<String> asked =
                styles == null || styles.isEmpty() ? HeadshotPlan.standard().styles() : styles;
        List<String> offered = offeredStyles.now();
        List<String> unknown = asked.stream()
                .filter(style -> style == null || !offered.contains(style))
                .map(String::valueOf)
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw new UnknownStyleException(unknown, offered);
        }
        return asked;
    }
}
