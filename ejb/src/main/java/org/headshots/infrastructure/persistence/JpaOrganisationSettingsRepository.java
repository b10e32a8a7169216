package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.settings.OrganisationSettings;
import org.headshots.domain.settings.OrganisationSettingsRepository;

@ApplicationScoped
public class JpaOrganisationSettingsRepository implements OrganisationSettingsRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public Optional<OrganisationSettings> find(Organisation organisation) {
        return Optional.ofNullable(em.find(OrganisationSettings.class, organisation.alias()));
    }

    @Override
    public OrganisationSettings store(OrganisationSettings settings) {
        if (!em.contains(settings)) {
            em.persist(settings);
        }
        return settings;
    }
}
