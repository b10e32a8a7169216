package org.headshots.domain.settings;

import java.util.Optional;
import org.headshots.domain.people.Organisation;

public interface OrganisationSettingsRepository {

    Optional<OrganisationSettings> find(Organisation organisation);

    OrganisationSettings store(OrganisationSettings settings);
}
