package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public void record(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> about(String subject) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.subject = :subject ORDER BY e.at, e.id",
                AuditEvent.class).setParameter("subject", subject).getResultList();
    }
}
