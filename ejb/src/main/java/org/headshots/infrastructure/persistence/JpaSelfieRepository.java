package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.headshots.domain.people.Username;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.SelfieRepository;

@ApplicationScoped
public class JpaSelfieRepository implements SelfieRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public Selfie store(Selfie selfie) {
        em.persist(selfie);
        em.flush();
        return selfie;
    }

    @Override
    public Optional<Selfie> find(long id) {
        return Optional.ofNullable(em.find(Selfie.class, id));
    }

    @Override
    public List<Selfie> of(Username owner) {
        return em.createQuery(
                        "SELECT s FROM Selfie s WHERE s.owner = :owner ORDER BY s.uploadedAt DESC, s.id DESC",
                        Selfie.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    @Override
    public void remove(Selfie selfie) {
        em.remove(em.contains(selfie) ? selfie : em.merge(selfie));
        em.flush();
    }

    @Override
    public List<Selfie> uploadedBefore(Username owner, java.time.OffsetDateTime moment) {
        return em.createQuery(
                        "SELECT s FROM Selfie s WHERE s.owner = :owner AND s.uploadedAt < :moment ORDER BY s.id",
                        Selfie.class)
                .setParameter("owner", owner)
                .setParameter("moment", moment)
                .getResultList();
    }

    @Override
    public List<org.headshots.domain.retention.DataOwner> ownersOfSelfiesBefore(java.time.OffsetDateTime moment) {
        return em.createQuery(
                        "SELECT DISTINCT NEW org.headshots.domain.retention.DataOwner(s.owner, s.organisation)"
                                + " FROM Selfie s WHERE s.uploadedAt < :moment",
                        org.headshots.domain.retention.DataOwner.class)
                .setParameter("moment", moment)
                .getResultList();
    }
}
