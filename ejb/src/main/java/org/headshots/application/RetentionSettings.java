package org.headshots.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.domain.retention.RetentionPeriod;

/** The retention period IT configured ({@code headshots.retention.days}), read once at start. */
@ApplicationScoped
public class RetentionSettings {

    public static final String DAYS_KEY = "headshots.retention.days";

    private RetentionPeriod period;

    @Inject
    public RetentionSettings(@ConfigProperty(name = DAYS_KEY, defaultValue = "30") int days) {
        this.period = new RetentionPeriod(days);
    }

    protected RetentionSettings() {
        // for the CDI proxy
    }

    public RetentionPeriod period() {
        return period;
    }
}
