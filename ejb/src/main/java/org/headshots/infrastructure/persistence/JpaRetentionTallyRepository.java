package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.retention.ErasedData;
import org.headshots.domain.retention.RetentionTally;
import org.headshots.domain.retention.RetentionTallyRepository;

@ApplicationScoped
public class JpaRetentionTallyRepository implements RetentionTallyRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public void add(long executionId, Organisation organisation, ErasedData erased, OffsetDateTime at) {
        em.createQuery(
                        "SELECT t FROM RetentionTally t WHERE t.executionId = :execution"
                                + " AND t.organisation = :organisation",
                        RetentionTally.class)
                .setParameter("execution", executionId)
                .setParameter("organisation", organisation)
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(
                        tally -> tally.add(erased, at),
                        () -> em.persist(new RetentionTally(organisation, executionId, erased, at)));
    }

    @Override
    public List<RetentionTally> newest(int executions) {
        List<Long> newest = em.createQuery(
                        "SELECT DISTINCT t.executionId FROM RetentionTally t ORDER BY t.executionId DESC", Long.class)
                .setMaxResults(executions)
                .getResultList();
        if (newest.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT t FROM RetentionTally t WHERE t.executionId IN :executions"
                                + " ORDER BY t.executionId DESC, t.organisation",
                        RetentionTally.class)
                .setParameter("executions", newest)
                .getResultList();
    }
}
