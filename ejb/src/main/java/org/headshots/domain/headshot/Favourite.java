package org.headshots.domain.headshot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.PersonalData;

/** The one headshot a person chose for one of their seats (an order); choosing another replaces it. */
@Entity
@Table(name = "favourite")
public class Favourite extends PersonalData {

    @Id
    @SequenceGenerator(name = "favourite_seq", sequenceName = "favourite_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "favourite_seq")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "headshot_id", nullable = false)
    private long headshotId;

    @Column(name = "chosen_at", nullable = false)
    private OffsetDateTime chosenAt;

    @Version
    private long version;

    protected Favourite() {
        // for JPA
    }

    /** The favourite of the person's seat in {@code order}, the order the headshot was made for. */
    public Favourite(Headshot headshot, OrderId order, OffsetDateTime at) {
        super(headshot.owner(), headshot.organisation());
        this.orderId = Objects.requireNonNull(order, "order").value();
        choose(headshot, at);
    }

    /**
     * The caller makes sure the headshot was made for this favourite's order.
     *
     * @throws IllegalArgumentException when the headshot is someone else's
     */
    public void choose(Headshot headshot, OffsetDateTime at) {
        if (!headshot.owner().equals(owner())) {
            throw new IllegalArgumentException("A favourite is one of the person's own headshots");
        }
        this.headshotId = headshot.id();
        this.chosenAt = Objects.requireNonNull(at, "at");
    }

    public OrderId order() {
        return new OrderId(orderId);
    }

    public long headshotId() {
        return headshotId;
    }

    public OffsetDateTime chosenAt() {
        return chosenAt;
    }
}
