package org.headshots.application.settings;

import java.time.OffsetDateTime;
import org.headshots.domain.settings.OrganisationSettings;

/** An organisation's settings as its admins see them, with IT's bounds beside them. */
public record SettingsView(
        int retentionDays,
        int maxRetentionDays,
        int minimumSelfies,
        int smallestMinimumSelfies,
        int defaultHeadshots,
        int defaultRemakes,
        String brandColour,
        boolean hasLogo,
        boolean downloadBeforeClose,
        String changedBy,
        OffsetDateTime changedAt) {

    static SettingsView of(OrganisationSettings settings, OrganisationSettings.Bounds bounds) {
        return new SettingsView(
                settings.retentionDays(),
                bounds.maxRetentionDays(),
                settings.minimumSelfies(),
                bounds.minSelfies(),
                settings.defaultHeadshots(),
                settings.defaultRemakes(),
                settings.brandColour().orElse(null),
                settings.logoKey().isPresent(),
                settings.downloadBeforeClose(),
                settings.changedBy(),
                settings.changedAt());
    }
}
