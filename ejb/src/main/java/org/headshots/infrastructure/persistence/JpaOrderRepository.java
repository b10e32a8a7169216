package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.headshots.domain.order.MemberQuery;
import org.headshots.domain.order.MemberState;
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
    public void flush() {
        em.flush();
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
        return em.createQuery(
                        "SELECT o FROM HeadshotOrder o WHERE o.organisation = :organisation"
                                + " ORDER BY o.createdAt DESC, o.id DESC",
                        Order.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    @Override
    public void recordState(Seat seat, MemberState state) {
        em.createQuery("UPDATE Seat s SET s.state = :state WHERE s.id = :id")
                .setParameter("state", state)
                .setParameter("id", seat.id())
                .executeUpdate();
    }

    @Override
    public List<Order> withStatus(OrderStatus status) {
        return em.createQuery("SELECT o FROM HeadshotOrder o WHERE o.status = :status", Order.class)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public List<Seat> members(OrderId order, MemberQuery query) {
        String direction = query.ascending() ? " ASC" : " DESC";
        String within = query.sort() == MemberQuery.Sort.DEPARTMENT ? ", s.displayName" + direction : "";
        return where(
                        em.createQuery(
                                "SELECT s FROM Seat s" + conditions(query) + " ORDER BY s."
                                        + query.sort().field() + direction + within + ", s.id",
                                Seat.class),
                        order,
                        query)
                .setFirstResult(query.first())
                .setMaxResults(query.max())
                .getResultList();
    }

    @Override
    public long countMembers(OrderId order, MemberQuery query) {
        return where(em.createQuery("SELECT COUNT(s) FROM Seat s" + conditions(query), Long.class), order, query)
                .getSingleResult();
    }

    @Override
    public Optional<Seat> seat(OrderId order, Username person) {
        return em.createQuery("SELECT s FROM Seat s WHERE s.order.id = :order AND s.username = :person", Seat.class)
                .setParameter("order", order.value())
                .setParameter("person", person)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<Long, Long> seatCounts(Organisation organisation) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT s.order.id, COUNT(s) FROM Seat s WHERE s.organisation = :organisation"
                                + " GROUP BY s.order.id",
                        Object[].class)
                .setParameter("organisation", organisation)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public Map<MemberState, Long> stateCounts(OrderId order) {
        Map<MemberState, Long> counts = new EnumMap<>(MemberState.class);
        for (MemberState state : MemberState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : em.createQuery(
                        "SELECT s.state, COUNT(s) FROM Seat s WHERE s.order.id = :order" + " GROUP BY s.state",
                        Object[].class)
                .setParameter("order", order.value())
                .getResultList()) {
            counts.put((MemberState) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public Map<String, Map<MemberState, Long>> stateCountsByDepartment(OrderId order) {
        Map<String, Map<MemberState, Long>> counts = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT s.department, s.state, COUNT(s) FROM Seat s WHERE s.order.id = :order"
                                + " GROUP BY s.department, s.state",
                        Object[].class)
                .setParameter("order", order.value())
                .getResultList()) {
            counts.computeIfAbsent((String) row[0], department -> {
                        Map<MemberState, Long> states = new EnumMap<>(MemberState.class);
                        for (MemberState state : MemberState.values()) {
                            states.put(state, 0L);
                        }
                        return states;
                    })
                    .put((MemberState) row[1], (Long) row[2]);
        }
        return counts;
    }

    private static String conditions(MemberQuery query) {
        return " WHERE s.order.id = :order"
                + (query.search() == null
                        ? ""
                        : " AND (LOWER(s.displayName) LIKE :search" + LikePattern.ESCAPE
                                + " OR LOWER(s.email) LIKE :search" + LikePattern.ESCAPE
                                + " OR LOWER(s.username) LIKE :search"
                                + LikePattern.ESCAPE + " OR LOWER(s.department) LIKE :search" + LikePattern.ESCAPE
                                + ")")
                + (query.states().isEmpty() ? "" : " AND s.state IN :states");
    }

    private static <T> TypedQuery<T> where(TypedQuery<T> typed, OrderId order, MemberQuery query) {
        typed.setParameter("order", order.value());
        if (query.search() != null) {
            typed.setParameter("search", LikePattern.containingIgnoringCase(query.search()));
        }
        if (!query.states().isEmpty()) {
            typed.setParameter("states", List.copyOf(query.states()));
        }
        return typed;
    }

    @Override
    public List<Seat> seatsOf(Username employee) {
        return em.createQuery(
                        "SELECT s FROM Seat s JOIN FETCH s.order o WHERE s.username = :username"
                                + " ORDER BY o.createdAt DESC, o.id DESC",
                        Seat.class)
                .setParameter("username", employee)
                .getResultList();
    }

    @Override
    public List<Order> naming(Username person) {
        return em.createQuery(
                        "SELECT DISTINCT o FROM HeadshotOrder o LEFT JOIN o.people p LEFT JOIN o.excluded x"
                                + " WHERE p = :person OR x = :person",
                        Order.class)
                .setParameter("person", person.value())
                .getResultList();
    }
}
