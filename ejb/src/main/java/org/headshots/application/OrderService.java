package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.DepartmentDirectory;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Username;

/** Org admins order headshots for departments; employees see the seats they hold. */
@Stateless
public class OrderService {

    @Inject
    OrderRepository orders;

    @Inject
    DepartmentDirectory directory;

    @Inject
    Clock clock;

    /** Creates the order with a seat for every current member of the department, as the directory lists them. */
    public OrderSummary placeOrder(PlaceOrder request, Username admin) {
        OrderName name = new OrderName(request.name() == null ? "" : request.name());
        Department department = new Department(request.department() == null ? "" : request.department());
        List<Employee> members = directory.membersOf(department);
        Order order = new Order(name, department, request.deadline(), request.plan(), members, admin, OffsetDateTime.now(clock));
        return OrderSummary.of(orders.store(order));
    }

    public List<OrderSummary> listOrders() {
        return orders.all().stream().map(OrderSummary::of).toList();
    }

    public List<SeatSummary> seatsOf(Username employee) {
        return orders.seatsOf(employee).stream().map(SeatSummary::of).toList();
    }

    public List<String> departments() {
        return directory.departments().stream().map(Department::name).sorted().toList();
    }
}
