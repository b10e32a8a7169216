package org.headshots.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.TenantData;
import org.headshots.domain.people.Username;

/**
 * One mail to one person about their seat in an order, kept from the moment it is asked for (queued, so that
 * a restart loses none) to what the SMTP server said: sent, or failed with its reason.
 */
@Entity
@Table(name = "mail_delivery")
public class MailDelivery extends TenantData {

    /** Tries before a mail counts as failed for good. */
    public static final int MAX_ATTEMPTS = 3;

    @Id
    @SequenceGenerator(name = "mail_delivery_seq", sequenceName = "mail_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_delivery_seq")
    private Long id;

    @Version
    private int version;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(nullable = false)
    private Username username;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailKind kind;

    /** For a scheduled reminder: how many days before the deadline it was due; none for one asked for. */
    @Column(name = "days_before")
    private Integer daysBefore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(length = 1000)
    private String reason;

    @Column(name = "queued_at", nullable = false)
    private OffsetDateTime queuedAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "requested_by", nullable = false)
    private Username requestedBy;

    protected MailDelivery() {}

    public MailDelivery(
            Organisation organisation,
            OrderId order,
            Username person,
            String recipient,
            MailKind kind,
            Integer daysBefore,
            Username requestedBy,
            OffsetDateTime now) {
        super(organisation);
        this.orderId = Objects.requireNonNull(order, "order").value();
        this.username = Objects.requireNonNull(person, "person");
        if (recipient == null || !recipient.matches("[^@\\s]+@[^@\\s]+") || recipient.length() > 320) {
            throw new IllegalArgumentException(person + " has no usable e-mail address ('" + recipient + "')");
        }
        this.recipient = recipient;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.daysBefore = daysBefore;
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.status = DeliveryStatus.QUEUED;
        this.queuedAt = Objects.requireNonNull(now, "now");
    }

    /** The SMTP server took it. */
    public void sent(OffsetDateTime now) {
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = Objects.requireNonNull(now, "now");
        reason = null;
    }

    /**
     * The SMTP server refused it, or could not be reached: tried again later, up to {@link #MAX_ATTEMPTS} tries,
     * or at once failed for good when the refusal is permanent (an unknown recipient, say).
     */
    public void refused(String why, boolean permanent) {
        attempts++;
        reason = why == null || why.isBlank()
                ? "the mail server gave no reason"
                : why.length() > 1000 ? why.substring(0, 1000) : why;
        status = permanent || attempts >= MAX_ATTEMPTS ? DeliveryStatus.FAILED : DeliveryStatus.QUEUED;
    }

    public long id() {
        return id;
    }

    public OrderId order() {
        return new OrderId(orderId);
    }

    public Username person() {
        return username;
    }

    public String recipient() {
        return recipient;
    }

    public MailKind kind() {
        return kind;
    }

    public Optional<Integer> daysBefore() {
        return Optional.ofNullable(daysBefore);
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public OffsetDateTime queuedAt() {
        return queuedAt;
    }

    public Optional<OffsetDateTime> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Username requestedBy() {
        return requestedBy;
    }
}
