package org.headshots.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.TenantData;
import org.headshots.domain.people.Username;

/** One person's place in an order. */
@Entity
@Table(name = "seat")
public class Seat extends TenantData {

    @Id
    @SequenceGenerator(name = "seat_seq", sequenceName = "seat_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seat_seq")
    private Long id;

    @Version
    private int version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private Order order;

    @Column(nullable = false)
    private Username username;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SeatStatus status;

    @Column(name = "status_since", nullable = false)
    private OffsetDateTime statusSince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberState state = MemberState.INVITED;

    @Column(nullable = false, length = Department.MAX_LENGTH)
    private String department;

    @Column(nullable = false, length = Employee.MAX_TITLE)
    private String title = "";

    @Column(name = "extra_remakes", nullable = false)
    private int extraRemakes;

    @Column(nullable = false)
    private boolean handled;

    protected Seat() {}

    Seat(Order order, Employee employee, OffsetDateTime now) {
        super(order.organisation());
        this.order = Objects.requireNonNull(order, "order");
        this.username = employee.username();
        this.email = employee.email();
        this.displayName = employee.displayName();
        this.department =
                employee.department() == null ? "" : employee.department().name();
        this.title = employee.title();
        this.status = SeatStatus.INVITED;
        this.statusSince = Objects.requireNonNull(now, "now");
    }

    /**
     * The person's name, address and title as the directory has them now, and their department when the directory
     * puts them in one.
     */
    void describe(Employee employee) {
        if (!employee.username().equals(username)) {
            throw new IllegalArgumentException(employee.username() + " is not the person of the seat of " + username);
        }
        displayName = employee.displayName();
        email = employee.email();
        title = employee.title();
        if (employee.department() != null) {
            department = employee.department().name();
        }
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("The seat has not been stored yet");
        }
        return id;
    }

    public Order order() {
        return order;
    }

    public Username username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    /** The department or sub-team the person is in; none for a person picked by name who is in none. */
    /** The person's job title as the directory had it when they were seated; empty when it had none. */
    public String title() {
        return title;
    }

    public java.util.Optional<Department> department() {
        return department == null || department.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Department(department));
    }

    public MemberState state() {
        return state;
    }

    /** Remakes the admin granted this person on top of the order's. */
    public int extraRemakes() {
        return extraRemakes;
    }

    public void grantRemake() {
        if (extraRemakes >= HeadshotPlan.MAX_REMAKES) {
            throw new InvalidOrderException(
                    displayName + " has been granted " + extraRemakes + " extra remakes already, the most there are");
        }
        extraRemakes++;
    }

    /** The remakes this person may ask for: the order's, and those granted to them. */
    public int remakesAllowed() {
        return order.plan().remakesPerPerson() + extraRemakes;
    }

    /** Whether the admin marked the person as dealt with (followed up outside the application, say). */
    public boolean handled() {
        return handled;
    }

    public void markHandled(boolean isHandled) {
        handled = isHandled;
    }

    public SeatStatus status() {
        return status;
    }

    public OffsetDateTime statusSince() {
        return statusSince;
    }

    /**
     * Follows the person's selfies: READY once enough are accepted, back to INVITED when deletions
     * take them under the minimum. Later stages are not touched.
     *
     * @return true when the seat has just become ready
     */
    public boolean photosReady(boolean ready, OffsetDateTime now) {
        SeatStatus next = ready ? SeatStatus.READY : SeatStatus.INVITED;
        if ((status == SeatStatus.INVITED || status == SeatStatus.READY) && status != next) {
            status = next;
            statusSince = Objects.requireNonNull(now, "now");
            return ready;
        }
        return false;
    }
}
