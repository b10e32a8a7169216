package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.ACME;
import static org.headshots.infrastructure.persistence.Examples.GLOBEX;
import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.headshots.infrastructure.persistence.Examples.OLIVIA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.headshots.domain.settings.OrganisationSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaOrganisationSettingsRepositoryTest extends RepositoryOnH2 {

    private static final OrganisationSettings.Bounds BOUNDS = new OrganisationSettings.Bounds(365, 6);

    private final JpaOrganisationSettingsRepository settings = new JpaOrganisationSettingsRepository();

    @BeforeEach
    void injected() {
        settings.em = em;
    }

    @Test
    void anOrganisationsSettingsAreStoredAndChanged() {
        inTransaction(() -> settings.store(new OrganisationSettings(ACME, BOUNDS, MONDAY)));
        inTransaction(() -> {
            OrganisationSettings found = settings.find(ACME).orElseThrow();
            found.change(
                    new OrganisationSettings.Change(30, 8, null, null, "#1A4B8C", false),
                    BOUNDS,
                    OLIVIA,
                    MONDAY.plusDays(1));
            found.logo("photo-logo-acme", "image/png", OLIVIA, MONDAY.plusDays(1));
            settings.store(found);
        });

        OrganisationSettings found = settings.find(ACME).orElseThrow();
        assertEquals(30, found.retentionDays());
        assertEquals(8, found.minimumSelfies());
        assertEquals(Optional.of("#1a4b8c"), found.brandColour());
        assertEquals(Optional.of("photo-logo-acme"), found.logoKey());
        assertEquals(Optional.of("image/png"), found.logoType());
        assertFalse(found.downloadBeforeClose());
        assertEquals("olivia", found.changedBy());
        assertEquals(MONDAY.plusDays(1).toInstant(), found.changedAt().toInstant());
        assertEquals(
                1L,
                em.createQuery("SELECT COUNT(s) FROM OrganisationSettings s", Long.class)
                        .getSingleResult());
    }

    @Test
    void anotherOrganisationHasNoneUntilStored() {
        inTransaction(() -> settings.store(new OrganisationSettings(ACME, BOUNDS, MONDAY)));

        assertTrue(settings.find(GLOBEX).isEmpty());
        assertEquals(365, settings.find(ACME).orElseThrow().retentionDays());
    }
}
