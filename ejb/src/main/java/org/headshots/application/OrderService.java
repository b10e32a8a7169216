package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.headshots.application.mail.MailView;
import org.headshots.application.mail.SeatMails;
import org.headshots.application.selfie.SelfieService;
import org.headshots.application.settings.SettingsService;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.mail.MailDeliveryRepository;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.InvalidOrderException;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.OrderStateException;
import org.headshots.domain.order.OrderStatus;
import org.headshots.domain.order.Seat;
import org.headshots.domain.order.ReminderSchedule;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.DepartmentDirectory;
import org.headshots.domain.people.Employee;
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

    /**
     * Creates the order with a seat for every current member of one of the organisation's departments (its
     * sub-teams included), as the directory lists them; the styles must be ones the GPU fleet offers.
     */
    public OrderSummary placeOrder(PlaceOrder request, Username admin, Organisation organisation) {
        OrderName name = new OrderName(request.name() == null ? "" : request.name());
        Department department = new Department(request.department() == null ? "" : request.department());
        OrganisationSettings defaults = settings.settings(organisation);
        HeadshotPlan plan = HeadshotPlan.of(
                request.headshotsPerPerson() == null ? defaults.defaultHeadshots() : request.headshotsPerPerson(),
                offered(request.styles()),
                request.brandColour() == null ? defaults.brandColour().orElse(null) : request.brandColour(),
                request.remakesPerPerson() == null ? defaults.defaultRemakes() : request.remakesPerPerson());
        List<Employee> members = directory.membersOf(organisation, department);
        Order order = new Order(organisation, name, department, request.deadline(), plan, members, admin,
                OffsetDateTime.now(clock), request.draft());
        if (request.reminderDays() != null) {
            order.remindOn(new ReminderSchedule(request.reminderDays()));
        }
        orders.store(order);
        record(admin, request.draft() ? "ORDER_DRAFTED" : "ORDER_PLACED", order);
        // the new seats start INVITED: once this commits, each is set to what its person already did (signed in,
        // consented, uploaded)
        order.seats().forEach(seat -> progressed.fire(new MemberProgressed(seat.username())));
        if (!request.draft()) {
            mails.invite(order, admin);
        }
        return OrderSummary.of(order);
    }

    public List<OrderSummary> listOrders(Organisation organisation) {
        java.util.Map<Long, Long> seats = orders.seatCounts(organisation);
        return orders.of(organisation).stream()
                .map(order -> OrderSummary.of(order, seats.getOrDefault(order.id().value(), 0L))).toList();
    }

    /** One of the organisation's orders; another organisation's, or none, is not found. */
    public OrderSummary order(Organisation organisation, long id) {
        Order order = find(organisation, id);
        return OrderSummary.of(order, orders.seatCounts(organisation).getOrDefault(order.id().value(), 0L));
    }

    private Order find(Organisation organisation, long id) {
        return OrderLookup.find(orders, organisation, id);
    }

    private void record(Username admin, String action, Order order) {
        audit.record(new AuditEvent(OffsetDateTime.now(clock), admin.value(), action, "order:" + order.id().value(),
                order.name().value() + " (" + order.status().name().toLowerCase() + ", deadline " + order.deadline()
                        + ")", order.organisation()));
    }

    /** Opens a draft: its people see it from now on, and those whose selfies are ready get their runs. */
    public OrderSummary open(Organisation organisation, long id, Username admin) {
        Order order = find(organisation, id);
        order.open(OffsetDateTime.now(clock));
        record(admin, "ORDER_OPENED", order);
        mails.invite(order, admin);
        order.seats().forEach(seat -> selfies.refreshSeats(seat.username()));
        return OrderSummary.of(order);
    }

    /** Closes an open order: the favourites chosen by now are final. */
    public OrderSummary close(Organisation organisation, long id, Username admin) {
        Order order = find(organisation, id);
        order.close(OffsetDateTime.now(clock));
        record(admin, "ORDER_CLOSED", order);
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
        List<Username> strangers = people.stream().filter(person -> order.seats().stream()
                .noneMatch(seat -> seat.username().equals(person))).toList();
        if (!strangers.isEmpty()) {
            throw new InvalidOrderException("Not in order '" + order.name().value() + "': " + strangers.stream()
                    .map(Username::value).collect(java.util.stream.Collectors.joining(", ")));
        }
        return mails.remind(order, people, admin);
    }

    /**
     * Brings the order's seats in step with its department as the directory lists it now: people who joined get
     * a seat (and, in an open order, an invitation), people who left are taken out with their photos of it.
     */
    public SyncResult sync(Organisation organisation, long id, Username by) {
        Order order = find(organisation, id);
        if (order.status() == OrderStatus.CLOSED) {
            throw new OrderStateException("Order '" + order.name().value() + "' is closed; its people are final");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Employee> members = directory.membersOf(organisation, order.department());
        java.util.Set<Username> wanted = members.stream().map(Employee::username)
                .collect(java.util.stream.Collectors.toSet());
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
        added.forEach(person -> selfies.refreshSeats(new Username(person)));
        List<String> removed = order.seats().stream().map(Seat::username).filter(person -> !wanted.contains(person))
                .map(Username::value).toList();
        removed.forEach(person -> memberService.remove(organisation, id, person, by));
        if (!added.isEmpty() || !removed.isEmpty()) {
            audit.record(new AuditEvent(now, by.value(), "ORDER_SYNCED", "order:" + id, added.size() + " joined, "
                    + removed.size() + " left", organisation));
        }
        return new SyncResult(added, removed);
    }

    /** The open orders of every organisation, by id, for the schedule that keeps them in step with the directory. */
    public List<OrderRef> openOrders() {
        return orders.withStatus(OrderStatus.OPEN).stream()
                .map(order -> new OrderRef(order.organisation(), order.id().value())).toList();
    }

    /** The invitations and reminders of one of the organisation's orders, newest first. */
    public List<MailView> mailsOf(Organisation organisation, long id) {
        Order order = find(organisation, id);
        return deliveries.ofOrder(organisation, order.id()).stream().map(MailView::of).toList();
    }

    /** Renames an order, moves its deadline or changes its reminders; nobody's seat or photos change. */
    public OrderSummary update(Organisation organisation, long id, String name, LocalDate deadline,
            List<Integer> reminderDays, Username admin) {
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
        record(admin, "ORDER_CHANGED", order);
        return OrderSummary.of(order);
    }

    /** The seats of the orders a person is invited to (drafts are the admin's alone). */
    public List<SeatSummary> seatsOf(Username employee) {
        return orders.seatsOf(employee).stream().filter(seat -> seat.order().isVisibleToMembers())
                .map(seat -> SeatSummary.of(seat, states.of(seat))).toList();
    }

    /** The organisation's departments and sub-teams, by name. */
    public List<String> departments(Organisation organisation) {
        return directory.departments(organisation).stream().map(Department::name).sorted().toList();
    }

    /** The departments and sub-teams a person belongs to. */
    public List<String> departmentsOf(Organisation organisation, Username member) {
        return directory.departmentsOf(organisation, member).stream().map(Department::name).sorted().toList();
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
        List<String> asked = styles == null || styles.isEmpty() ? HeadshotPlan.standard().styles() : styles;
        List<String> offered = offeredStyles.now();
        List<String> unknown = asked.stream().filter(style -> style == null || !offered.contains(style))
                .map(String::valueOf).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownStyleException(unknown, offered);
        }
        return asked;
    }
}
