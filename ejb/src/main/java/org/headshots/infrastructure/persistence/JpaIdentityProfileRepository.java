package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.headshots.domain.identity.IdentityProfile;
import org.headshots.domain.identity.IdentityProfileRepository;
import org.headshots.domain.people.Username;

@ApplicationScoped
public class JpaIdentityProfileRepository implements IdentityProfileRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public IdentityProfile replace(IdentityProfile profile) {
        removeAllOf(profile.owner());
        em.persist(profile);
        em.flush();
        return profile;
    }

    @Override
    public Optional<IdentityProfile> of(Username owner) {
        return em.createQuery(
                        "SELECT p FROM IdentityProfile p WHERE p.owner = :owner ORDER BY p.builtAt DESC",
                        IdentityProfile.class)
                .setParameter("owner", owner)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void removeAllOf(Username owner) {
        em.createQuery("DELETE FROM IdentityProfile p WHERE p.owner = :owner")
                .setParameter("owner", owner)
                .executeUpdate();
    }

    @Override
    public java.util.List<org.headshots.domain.retention.DataOwner> ownersBuiltBefore(java.time.OffsetDateTime moment) {
        return em.createQuery(
                        "SELECT DISTINCT NEW org.headshots.domain.retention.DataOwner(p.owner, p.organisation)"
                                + " FROM IdentityProfile p WHERE p.builtAt < :moment",
                        org.headshots.domain.retention.DataOwner.class)
                .setParameter("moment", moment)
                .getResultList();
    }
}
