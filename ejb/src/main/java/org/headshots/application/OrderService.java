package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.InvalidOrderException;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.DepartmentDirectory;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

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
    Clock clock;

    /**
     * Creates the order with a seat for every current member of one of the organisation's departments (its
     * sub-teams included), as the directory lists them; the styles must be ones the GPU fleet offers.
     */
    public OrderSummary placeOrder(PlaceOrder request, Username admin, Organisation organisation) {
        OrderName name = new OrderName(request.name() == null ? "" : request.name());
        Department department = new Department(request.department() == null ? "" : request.department());
        HeadshotPlan plan = HeadshotPlan.of(request.headshotsPerPerson(), offered(request.styles()),
                request.brandColour(), request.remakesPerPerson());
        List<Employee> members = directory.membersOf(organisation, department);
        Order order = new Order(organisation, name, department, request.deadline(), plan, members, admin,
                OffsetDateTime.now(clock));
        return OrderSummary.of(orders.store(order));
    }

    public List<OrderSummary> listOrders(Organisation organisation) {
        return orders.of(organisation).stream().map(OrderSummary::of).toList();
    }

    /** One of the organisation's orders; another organisation's, or none, is not found. */
    public OrderSummary order(Organisation organisation, long id) {
        if (id <= 0) {
            throw new OrderNotFoundException(id);
        }
        return orders.find(organisation, new OrderId(id)).map(OrderSummary::of)
                .orElseThrow(() -> new OrderNotFoundException(id));
    }

    public List<SeatSummary> seatsOf(Username employee) {
        return orders.seatsOf(employee).stream().map(SeatSummary::of).toList();
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
