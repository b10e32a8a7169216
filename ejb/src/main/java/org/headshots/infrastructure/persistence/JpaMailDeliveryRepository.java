package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.headshots.domain.mail.DeliveryStatus;
import org.headshots.domain.mail.MailDelivery;
import org.headshots.domain.mail.MailDeliveryRepository;
import org.headshots.domain.mail.MailKind;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

@ApplicationScoped
public class JpaMailDeliveryRepository implements MailDeliveryRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public MailDelivery store(MailDelivery delivery) {
        em.persist(delivery);
        return delivery;
    }

    @Override
    public java.util.Optional<MailDelivery> find(long id) {
        return java.util.Optional.ofNullable(em.find(MailDelivery.class, id));
    }

    @Override
    public List<MailDelivery> queued(int limit) {
        return em.createQuery(
                        "SELECT d FROM MailDelivery d WHERE d.status = :queued ORDER BY d.queuedAt, d.id",
                        MailDelivery.class)
                .setParameter("queued", DeliveryStatus.QUEUED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<MailDelivery> ofOrder(Organisation organisation, OrderId order) {
        return em.createQuery(
                        "SELECT d FROM MailDelivery d WHERE d.organisation = :organisation"
                                + " AND d.orderId = :order ORDER BY d.queuedAt DESC, d.id DESC",
                        MailDelivery.class)
                .setParameter("organisation", organisation)
                .setParameter("order", order.value())
                .getResultList();
    }

    @Override
    public boolean remindedDaysBefore(OrderId order, int daysBefore) {
        return !em.createQuery(
                        "SELECT d.id FROM MailDelivery d WHERE d.orderId = :order AND d.kind = :kind"
                                + " AND d.daysBefore = :days",
                        Long.class)
                .setParameter("order", order.value())
                .setParameter("kind", MailKind.REMINDER)
                .setParameter("days", daysBefore)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<MailDelivery> to(Username person) {
        return em.createQuery(
                        "SELECT d FROM MailDelivery d WHERE d.username = :username ORDER BY d.queuedAt, d.id",
                        MailDelivery.class)
                .setParameter("username", person)
                .getResultList();
    }

    @Override
    public void remove(MailDelivery delivery) {
        em.remove(em.contains(delivery) ? delivery : em.merge(delivery));
    }
}
