package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.headshots.domain.order.JoinLink;
import org.headshots.domain.order.JoinLinkRepository;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Organisation;

@ApplicationScoped
public class JpaJoinLinkRepository implements JoinLinkRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public void store(JoinLink link) {
        em.persist(link);
    }

    @Override
    public Optional<JoinLink> byTokenHash(String tokenHash) {
        return em.createQuery("SELECT l FROM JoinLink l WHERE l.tokenHash = :hash", JoinLink.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<JoinLink> ofOrder(Organisation organisation, OrderId order) {
        return em.createQuery(
                        "SELECT l FROM JoinLink l WHERE l.organisation = :organisation AND l.orderId = :order"
                                + " ORDER BY l.createdAt DESC, l.id DESC",
                        JoinLink.class)
                .setParameter("organisation", organisation)
                .setParameter("order", order.value())
                .getResultList();
    }
}
