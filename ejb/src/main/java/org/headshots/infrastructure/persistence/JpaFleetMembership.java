package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.headshots.domain.fleet.FleetMembership;
import org.headshots.domain.fleet.NodeAddress;
import org.headshots.domain.fleet.NodeMembership;

@ApplicationScoped
public class JpaFleetMembership implements FleetMembership {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public List<NodeMembership> all() {
        return em.createQuery("SELECT m FROM NodeMembership m ORDER BY m.changedAt", NodeMembership.class)
                .getResultList();
    }

    @Override
    public Optional<NodeMembership> find(NodeAddress address) {
        return Optional.ofNullable(em.find(NodeMembership.class, address.toString()));
    }

    @Override
    public void store(NodeMembership membership) {
        if (!em.contains(membership)) {
            em.persist(membership);
        }
        em.flush();
    }
}
