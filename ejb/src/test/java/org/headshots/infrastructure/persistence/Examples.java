package org.headshots.infrastructure.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderName;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.selfie.StoredPhoto;

/** The organisations, people and things the repository tests store. */
final class Examples {

    static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    static final Organisation ACME = new Organisation("headshots.example");
    static final Organisation GLOBEX = new Organisation("globex.example");
    static final Username OLIVIA = new Username("olivia");
    static final Username ERIN = new Username("erin");
    static final Username FRANK = new Username("frank");
    static final Username GINA = new Username("gina");
    static final Username HANK = new Username("hank");

    private Examples() {}

    static Employee employee(Username person, String displayName, String department) {
        return new Employee(
                person,
                person.value() + "@headshots.example",
                displayName,
                department == null ? null : new Department(department));
    }

    /** An open order of the organisation for the people, created at that time, due four weeks after. */
    static Order order(Organisation organisation, String name, OffsetDateTime createdAt, Employee... members) {
        return new Order(
                organisation,
                new OrderName(name),
                new Department("Sales"),
                createdAt.toLocalDate().plusWeeks(4),
                List.of(members),
                OLIVIA,
                createdAt);
    }

    /** A file in the photo store, its key made of the name. */
    static StoredPhoto photo(String name) {
        return new StoredPhoto("photo-" + name.replaceAll("[^a-z0-9-]", "-"), "ab".repeat(32), 1234);
    }

    static Headshot headshot(Username owner, int run, String style, int index, float similarity) {
        return new Headshot(
                ACME,
                owner,
                run,
                style,
                index,
                800,
                1000,
                photo(owner + "/" + run + "/" + style + "/" + index),
                similarity,
                0.3f,
                MONDAY.plusMinutes(index));
    }
}
