package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.run.HeadshotRunRepository;
import org.headshots.domain.run.RunStatus;

@ApplicationScoped
public class JpaHeadshotRunRepository implements HeadshotRunRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public HeadshotRun store(HeadshotRun run) {
        em.persist(run);
        return run;
    }

    @Override
    public Optional<HeadshotRun> find(long id) {
        return Optional.ofNullable(em.find(HeadshotRun.class, id));
    }

    @Override
    public List<HeadshotRun> of(Username owner) {
        return em.createQuery(
                        "SELECT r FROM HeadshotRun r WHERE r.owner = :owner ORDER BY r.number DESC", HeadshotRun.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    @Override
    public List<HeadshotRun> of(Organisation organisation) {
        return em.createQuery(
                        "SELECT r FROM HeadshotRun r WHERE r.organisation = :organisation "
                                + "ORDER BY r.queuedAt DESC",
                        HeadshotRun.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    @Override
    public List<HeadshotRun> withStatus(RunStatus status) {
        return em.createQuery("SELECT r FROM HeadshotRun r WHERE r.status = :status", HeadshotRun.class)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public void remove(HeadshotRun run) {
        em.remove(em.contains(run) ? run : em.merge(run));
    }
}
