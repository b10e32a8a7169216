package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.OrderStatus;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public Order store(Order order) {
        em.persist(order);
        em.flush();
        return order;
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return Optional.ofNullable(em.find(Order.class, id.value()));
    }

    @Override
    public Optional<Order> find(Organisation organisation, OrderId id) {
        return find(id).filter(order -> order.belongsTo(organisation));
    }

    @Override
    public List<Order> of(Organisation organisation) {
        return em.createQuery("SELECT o FROM HeadshotOrder o WHERE o.organisation = :organisation"
                        + " ORDER BY o.createdAt DESC, o.id DESC", Order.class)
                .setParameter("organisation", organisation.alias())
                .getResultList();
    }

    @Override
    public List<Order> withStatus(OrderStatus status) {
        return em.createQuery("SELECT o FROM HeadshotOrder o WHERE o.status = :status", Order.class)
                .setParameter("status", status).getResultList();
    }

    @Override
    public List<Seat> seatsOf(Username employee) {
        return em.createQuery("SELECT s FROM Seat s JOIN FETCH s.order o WHERE s.username = :username"
                        + " ORDER BY o.createdAt DESC, o.id DESC", Seat.class)
                .setParameter("username", employee.value())
                .getResultList();
    }
}
