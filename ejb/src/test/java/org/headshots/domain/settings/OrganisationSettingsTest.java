package org.headshots.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.headshots.domain.order.InvalidOrderException;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.Test;

class OrganisationSettingsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OrganisationSettings.Bounds IT = new OrganisationSettings.Bounds(30, 8);
    private static final Username OLIVIA = new Username("olivia");

    private static OrganisationSettings fresh() {
        return new OrganisationSettings(new Organisation("headshots.example"), IT, NOW);
    }

    @Test
    void anOrganisationStartsWithTheInstallationsSettings() {
        OrganisationSettings settings = fresh();
        assertEquals(30, settings.retentionDays());
        assertEquals(8, settings.minimumSelfies());
        assertEquals(40, settings.defaultHeadshots());
        assertEquals(1, settings.defaultRemakes());
        assertTrue(settings.brandColour().isEmpty());
        assertTrue(settings.downloadBeforeClose());
    }

    @Test
    void whatIsGivenChangesAndWhatIsLeftOutStays() {
        OrganisationSettings settings = fresh();
        settings.change(new OrganisationSettings.Change(14, 10, null, 3, "#1A4B8C", false), IT, OLIVIA, NOW);

        assertEquals(14, settings.retentionDays());
        assertEquals(10, settings.minimumSelfies());
        assertEquals(40, settings.defaultHeadshots(), "left as it was");
        assertEquals(3, settings.defaultRemakes());
        assertEquals("#1a4b8c", settings.brandColour().orElseThrow());
        assertFalse(settings.downloadBeforeClose());
        assertEquals("olivia", settings.changedBy());

        settings.change(new OrganisationSettings.Change(null, null, null, null, "", null), IT, OLIVIA, NOW);
        assertTrue(settings.brandColour().isEmpty(), "an empty colour takes it away");
    }

    @Test
    void nothingOutsideItsBoundsOrTheRulesIsKept() {
        OrganisationSettings settings = fresh();
        InvalidOrderException longer = assertThrows(
                InvalidOrderException.class,
                () -> settings.change(
                        new OrganisationSettings.Change(31, null, null, null, null, null), IT, OLIVIA, NOW));
        assertTrue(longer.getMessage().contains("30"), longer.getMessage());
        assertThrows(
                InvalidOrderException.class,
                () -> settings.change(
                        new OrganisationSettings.Change(null, 7, null, null, null, null), IT, OLIVIA, NOW));
        assertThrows(
                InvalidOrderException.class,
                () -> settings.change(
                        new OrganisationSettings.Change(null, null, 0, null, null, null), IT, OLIVIA, NOW));
        assertThrows(
                InvalidOrderException.class,
                () -> settings.change(
                        new OrganisationSettings.Change(null, null, null, 6, null, null), IT, OLIVIA, NOW));
        assertThrows(
                InvalidOrderException.class,
                () -> settings.change(
                        new OrganisationSettings.Change(null, null, null, null, "navy", null), IT, OLIVIA, NOW));
        assertEquals(30, settings.retentionDays());
        assertEquals(8, settings.minimumSelfies());
    }
}
