package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.headshots.domain.style.StyleSample;
import org.headshots.domain.style.StyleSampleRepository;

@ApplicationScoped
public class JpaStyleSampleRepository implements StyleSampleRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public Optional<StyleSample> find(String style) {
        return Optional.ofNullable(em.find(StyleSample.class, style));
    }

    @Override
    public List<StyleSample> all() {
        return em.createQuery("SELECT s FROM StyleSample s ORDER BY s.style", StyleSample.class)
                .getResultList();
    }

    @Override
    public void replace(StyleSample sample) {
        find(sample.style()).ifPresent(em::remove);
        em.flush();
        em.persist(sample);
    }
}
