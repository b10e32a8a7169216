package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.headshots.domain.consent.Consent;
import org.headshots.domain.consent.ConsentRepository;
import org.headshots.domain.people.Username;

@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public void store(Consent consent) {
        if (!em.contains(consent)) {
            em.persist(consent);
        }
        em.flush();
    }

    @Override
    public List<Consent> activeOf(Username person) {
        return em.createQuery(
                        "SELECT c FROM Consent c WHERE c.username = :username AND c.withdrawnAt IS NULL"
                                + " ORDER BY c.acceptedAt DESC, c.id DESC",
                        Consent.class)
                .setParameter("username", person)
                .getResultList();
    }

    @Override
    public List<Consent> allOf(Username person) {
        return em.createQuery(
                        "SELECT c FROM Consent c WHERE c.username = :username ORDER BY c.acceptedAt, c.id",
                        Consent.class)
                .setParameter("username", person)
                .getResultList();
    }

    @Override
    public void remove(Consent consent) {
        em.remove(em.contains(consent) ? consent : em.merge(consent));
    }
}
