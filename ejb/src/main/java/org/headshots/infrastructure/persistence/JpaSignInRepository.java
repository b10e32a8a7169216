package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.SignIn;
import org.headshots.domain.people.SignInRepository;
import org.headshots.domain.people.Username;

@ApplicationScoped
public class JpaSignInRepository implements SignInRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public Optional<SignIn> find(Organisation organisation, Username person) {
        return em.createQuery(
                        "SELECT s FROM SignIn s WHERE s.organisation = :organisation AND s.username = :username",
                        SignIn.class)
                .setParameter("organisation", organisation)
                .setParameter("username", person)
                .getResultStream()
                .findFirst();
    }

    @Override
    public SignIn store(SignIn signIn) {
        if (!em.contains(signIn)) {
            em.persist(signIn);
        }
        return signIn;
    }

    @Override
    public List<SignIn> of(Username person) {
        return em.createQuery("SELECT s FROM SignIn s WHERE s.username = :username ORDER BY s.id", SignIn.class)
                .setParameter("username", person)
                .getResultList();
    }

    @Override
    public void remove(SignIn signIn) {
        em.remove(em.contains(signIn) ? signIn : em.merge(signIn));
    }
}
