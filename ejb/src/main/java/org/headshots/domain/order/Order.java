package org.headshots.domain.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.headshots.domain.people.Department;
import org.headshots.domain.people.Employee;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.TenantData;
import org.headshots.domain.people.Username;
import org.headshots.domain.profile.Background;
import org.headshots.domain.profile.BorderColour;
import org.headshots.domain.profile.LogoCorner;
import org.headshots.domain.profile.ProfilePictureTemplate;
import org.headshots.domain.profile.Shape;

/**
 * Headshots an organisation ordered for departments and people picked by name: a seat for every member, to be
 * done by the deadline.
 */
@Entity(name = "HeadshotOrder")
@Table(name = "headshot_order")
public class Order extends TenantData {

    @Id
    @SequenceGenerator(name = "order_seq", sequenceName = "order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_seq")
    private Long id;

    @Version
    private int version;

    @Column(nullable = false, length = OrderName.MAX_LENGTH)
    private String name;

    /** The audience in words, for lists (the audience itself is in the two collections). */
    @Column(name = "department", nullable = false, length = Department.MAX_LENGTH)
    private String audienceText;

    @ElementCollection
    @CollectionTable(name = "order_department", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "name", nullable = false, length = Department.MAX_LENGTH)
    private Set<String> departments = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "order_person", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "username", nullable = false, length = Username.MAX_LENGTH)
    private Set<String> people = new LinkedHashSet<>();

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private Username createdBy;

    @Embedded
    private HeadshotPlan plan;

    @Column(name = "reminder_days", nullable = false, length = 64)
    private String reminderDays = ReminderSchedule.standard().stored();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile_shape", length = 8)
    private Shape profileShape;

    @Column(name = "profile_size")
    private Integer profileSize;

    @Column(name = "profile_greyscale")
    private Boolean profileGreyscale;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile_background", length = 8)
    private Background profileBackground;

    @Column(name = "profile_border_width")
    private Integer profileBorderWidth;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile_border_colour", length = 8)
    private BorderColour profileBorderColour;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile_logo_corner", length = 16)
    private LogoCorner profileLogoCorner;

    @ElementCollection
    @CollectionTable(name = "order_excluded", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "username", nullable = false, length = Username.MAX_LENGTH)
    private Set<String> excluded = new LinkedHashSet<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("username")
    private List<Seat> seats = new ArrayList<>();

    /** How far ahead a deadline may be. */
    public static final int MAX_YEARS_AHEAD = 3;

    /** Whom an order picked by name is for once every one of them has been taken out. */
    static final String NOBODY_LEFT = "Nobody: everyone picked by name was taken out";

    protected Order() {}

    public Order(
            Organisation organisation,
            OrderName name,
            Department department,
            LocalDate deadline,
            List<Employee> members,
            Username createdBy,
            OffsetDateTime now) {
        this(
                organisation,
                name,
                Audience.of(department),
                deadline,
                HeadshotPlan.standard(),
                members,
                createdBy,
                now,
                false);
    }

    /** An order, open at once (people are invited now) or a draft the admin opens later. */
    public Order(
            Organisation organisation,
            OrderName name,
            Audience audience,
            LocalDate deadline,
            HeadshotPlan plan,
            List<Employee> members,
            Username createdBy,
            OffsetDateTime now,
            boolean draft) {
        super(organisation);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(now, "now");
        requireDeadline(deadline, now);
        if (audience.isEmpty()) {
            throw new InvalidOrderException("An order is for at least one department or one person");
        }
        if (members == null || members.isEmpty()) {
            throw new InvalidOrderException(audience.describe(Department.MAX_LENGTH) + " has no members to invite");
        }
        this.name = name.value();
        aimAt(audience);
        this.deadline = deadline;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.plan = plan;
        this.status = draft ? OrderStatus.DRAFT : OrderStatus.OPEN;
        this.openedAt = draft ? null : now;
        Set<Username> invited = new LinkedHashSet<>();
        for (Employee member : members) {
            if (invited.add(member.username())) {
                seats.add(new Seat(this, member, now));
            }
        }
    }

    public OrderId id() {
        if (id == null) {
            throw new IllegalStateException("The order has not been stored yet");
        }
        return new OrderId(id);
    }

    public OrderName name() {
        return new OrderName(name);
    }

    /** Whom the order is for. */
    public Audience audience() {
        return new Audience(
                departments.stream().map(Department::new).collect(Collectors.toSet()),
                people.stream().map(Username::new).collect(Collectors.toSet()));
    }

    /** Whom the order is for, in words ("Design, Sales and 2 people"). */
    public String audienceText() {
        return audienceText;
    }

    private void aimAt(Audience audience) {
        departments.clear();
        departments.addAll(audience.departmentNames());
        people.clear();
        people.addAll(audience.usernames());
        audienceText = audience.describe(Department.MAX_LENGTH);
    }

    public LocalDate deadline() {
        return deadline;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Username createdBy() {
        return createdBy;
    }

    public HeadshotPlan plan() {
        return plan;
    }

    public OrderStatus status() {
        return status;
    }

    public java.util.Optional<OffsetDateTime> openedAt() {
        return java.util.Optional.ofNullable(openedAt);
    }

    public java.util.Optional<OffsetDateTime> closedAt() {
        return java.util.Optional.ofNullable(closedAt);
    }

    /**
     * Whether people work on it now: opened, not closed, and the deadline's day not over. Only then are runs
     * made and favourites changed.
     */
    public boolean isOpen(OffsetDateTime now) {
        return status == OrderStatus.OPEN && !now.toLocalDate().isAfter(deadline);
    }

    /**
     * When its people's work on it ended: its closing, or the end of its deadline's day when it was left open;
     * empty while it still runs, and for a draft, which nobody worked on.
     */
    public java.util.Optional<OffsetDateTime> finishedAt(OffsetDateTime now) {
        if (closedAt != null) {
            return java.util.Optional.of(closedAt);
        }
        if (status == OrderStatus.OPEN && !isOpen(now)) {
            return java.util.Optional.of(deadline.plusDays(1).atStartOfDay().atOffset(now.getOffset()));
        }
        return java.util.Optional.empty();
    }

    /** Whether its people see it: once opened, also after it closed. */
    public boolean isVisibleToMembers() {
        return status != OrderStatus.DRAFT;
    }

    /** Invites every seat: from now on the people see the order and their headshots are made. */
    public void open(OffsetDateTime now) {
        if (status != OrderStatus.DRAFT) {
            throw new OrderStateException(
                    "Order '" + name + "' is " + status.name().toLowerCase() + "; only a draft can be opened");
        }
        requireDeadline(deadline, now);
        status = OrderStatus.OPEN;
        openedAt = now;
    }

    /** Ends the order: the favourites chosen by now are final, no more runs are made. */
    public void close(OffsetDateTime now) {
        if (status != OrderStatus.OPEN) {
            throw new OrderStateException(
                    "Order '" + name + "' is " + status.name().toLowerCase() + "; only an open order can be closed");
        }
        status = OrderStatus.CLOSED;
        closedAt = Objects.requireNonNull(now, "now");
    }

    /** A new deadline for a draft or an open order; nobody's seat or photos change. */
    public void moveDeadline(LocalDate newDeadline, OffsetDateTime now) {
        if (status == OrderStatus.CLOSED) {
            throw new OrderStateException("Order '" + name + "' is closed; its deadline no longer matters");
        }
        requireDeadline(newDeadline, now);
        deadline = newDeadline;
    }

    public ReminderSchedule reminders() {
        return ReminderSchedule.fromStored(reminderDays);
    }

    /** When the people who have not finished are reminded, in days before the deadline. */
    public void remindOn(ReminderSchedule schedule) {
        reminderDays = Objects.requireNonNull(schedule, "schedule").stored();
    }

    /** The profile-picture template the admin applied to the whole order; none until one is applied. */
    public java.util.Optional<ProfilePictureTemplate> profileTemplate() {
        return profileShape == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new ProfilePictureTemplate(
                        profileShape,
                        profileSize,
                        profileGreyscale,
                        profileBackground,
                        profileBorderWidth,
                        profileBorderColour,
                        profileLogoCorner));
    }

    /** Every member's profile picture is made in this template from now on, in downloads and the team ZIP. */
    public void useProfileTemplate(ProfilePictureTemplate template) {
        Objects.requireNonNull(template, "template");
        profileShape = template.shape();
        profileSize = template.size();
        profileGreyscale = template.greyscale();
        profileBackground = template.background();
        profileBorderWidth = template.borderWidth();
        profileBorderColour = template.borderColour();
        profileLogoCorner = template.logoCorner();
    }

    public void rename(OrderName newName) {
        name = Objects.requireNonNull(newName, "name").value();
    }

    private static void requireDeadline(LocalDate deadline, OffsetDateTime now) {
        if (deadline == null) {
            throw new InvalidOrderException("An order needs a deadline");
        }
        if (deadline.isBefore(now.toLocalDate())) {
            throw new InvalidOrderException("The deadline " + deadline + " has already passed");
        }
        if (deadline.isAfter(now.toLocalDate().plusYears(MAX_YEARS_AHEAD))) {
            throw new InvalidOrderException("The deadline " + deadline + " is more than " + MAX_YEARS_AHEAD
                    + " years away; choose a date before "
                    + now.toLocalDate().plusYears(MAX_YEARS_AHEAD).plusDays(1));
        }
    }

    public List<Seat> seats() {
        return Collections.unmodifiableList(seats);
    }

    /**
     * Gives a person who joined the audience a seat (nothing changes for one whom the admin took out); one who has
     * a seat already keeps it, described as the directory describes them now.
     *
     * @return the new seat, or none
     */
    public java.util.Optional<Seat> add(Employee member, OffsetDateTime now) {
        requireOpenToPeople();
        if (excluded.contains(member.username().value())) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Seat> existing = seats.stream()
                .filter(seat -> seat.username().equals(member.username()))
                .findFirst();
        if (existing.isPresent()) {
            existing.get().describe(member);
            return java.util.Optional.empty();
        }
        Seat seat = new Seat(this, member, now);
        seats.add(seat);
        return java.util.Optional.of(seat);
    }

    /**
     * Picks more people by name for a draft or an open order: they keep their seats whatever their departments
     * do. Their seats are the caller's to add.
     */
    public void pick(List<Username> more) {
        requireOpenToPeople();
        aimAt(audience().with(more));
        more.forEach(person -> excluded.remove(person.value()));
    }

    /** Refuses a closed order: nobody joins it any more. */
    public void requireOpenToPeople() {
        if (status == OrderStatus.CLOSED) {
            throw new OrderStateException("Order '" + name + "' is closed; nobody joins it any more");
        }
    }

    /**
     * The admin took the person out: they are no longer picked by name, and stay out while they are in one of
     * the order's departments, until they are picked again.
     */
    public void exclude(Username person) {
        excluded.add(person.value());
        if (people.remove(person.value())) {
            describeAudience();
        }
    }

    /**
     * Forgets a person whose data is erased: their seat, and their name among those picked or taken out, so that
     * the order keeps nothing of them (their photos are the caller's to delete).
     */
    public void forget(Username person) {
        seats.removeIf(seat -> seat.username().equals(person));
        excluded.remove(person.value());
        if (people.remove(person.value())) {
            describeAudience();
        }
    }

    private void describeAudience() {
        Audience audience = audience();
        audienceText = audience.isEmpty() ? NOBODY_LEFT : audience.describe(Department.MAX_LENGTH);
    }

    /** Takes a seat out of the order (the person's photos are the caller's to delete). */
    public void remove(Seat seat) {
        if (!seats.remove(seat)) {
            throw new IllegalArgumentException(seat.username() + " has no seat in order " + name);
        }
    }

    public int seatCount() {
        return seats.size();
    }
}
