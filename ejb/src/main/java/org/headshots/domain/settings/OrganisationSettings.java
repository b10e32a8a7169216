package org.headshots.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.InvalidOrderException;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/**
 * What an organisation's admins set for it, always within the installation's bounds (IT's longest retention
 * and smallest number of selfies): every value is checked here, so no stored setting breaks a rule.
 */
@Entity
@Table(name = "organisation_settings")
public class OrganisationSettings {

    public static final int MAX_MINIMUM_SELFIES = 30;

    @Id
    @Column(length = Organisation.MAX_LENGTH)
    private String organisation;

    @Version
    private int version;

    @Column(name = "retention_days", nullable = false)
    private int retentionDays;

    @Column(name = "minimum_selfies", nullable = false)
    private int minimumSelfies;

    @Column(name = "default_headshots", nullable = false)
    private int defaultHeadshots;

    @Column(name = "default_remakes", nullable = false)
    private int defaultRemakes;

    @Column(name = "brand_colour", length = 7)
    private String brandColour;

    @Column(name = "logo_key", length = 100)
    private String logoKey;

    @Column(name = "logo_type", length = 16)
    private String logoType;

    @Column(name = "download_before_close", nullable = false)
    private boolean downloadBeforeClose;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected OrganisationSettings() {}

    /** The settings an organisation has before its admins change any: the installation's. */
    public OrganisationSettings(Organisation organisation, Bounds bounds, OffsetDateTime now) {
        this.organisation = Objects.requireNonNull(organisation, "organisation").alias();
        this.retentionDays = bounds.maxRetentionDays();
        this.minimumSelfies = bounds.minSelfies();
        this.defaultHeadshots = HeadshotPlan.standard().headshotsPerPerson();
        this.defaultRemakes = HeadshotPlan.standard().remakesPerPerson();
        this.downloadBeforeClose = true;
        this.changedBy = "installation";
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    /** IT's bounds: the longest retention, the smallest number of accepted selfies. */
    public record Bounds(int maxRetentionDays, int minSelfies) {}

    /** Changes what is given (null: left as it is), each value checked against the rules and IT's bounds. */
    public void change(Change change, Bounds bounds, Username by, OffsetDateTime now) {
        if (change.retentionDays() != null) {
            if (change.retentionDays() < 1 || change.retentionDays() > bounds.maxRetentionDays()) {
                throw new InvalidOrderException("Photos are kept 1 to " + bounds.maxRetentionDays()
                        + " days (the longest IT allows), not " + change.retentionDays());
            }
            retentionDays = change.retentionDays();
        }
        if (change.minimumSelfies() != null) {
            if (change.minimumSelfies() < bounds.minSelfies() || change.minimumSelfies() > MAX_MINIMUM_SELFIES) {
                throw new InvalidOrderException("A person needs " + bounds.minSelfies() + " to " + MAX_MINIMUM_SELFIES
                        + " accepted selfies (IT's smallest is " + bounds.minSelfies() + "), not "
                        + change.minimumSelfies());
            }
            minimumSelfies = change.minimumSelfies();
        }
        if (change.defaultHeadshots() != null || change.defaultRemakes() != null) {
            HeadshotPlan plan = new HeadshotPlan(
                    Objects.requireNonNullElse(change.defaultHeadshots(), defaultHeadshots),
                    HeadshotPlan.standard().styles().subList(0, 1),
                    null,
                    Objects.requireNonNullElse(change.defaultRemakes(), defaultRemakes));
            defaultHeadshots = plan.headshotsPerPerson();
            defaultRemakes = plan.remakesPerPerson();
        }
        if (change.brandColour() != null) {
            String colour = change.brandColour().strip().toLowerCase(Locale.ROOT);
            if (!colour.isEmpty() && !colour.matches("#[0-9a-f]{6}")) {
                throw new InvalidOrderException("The brand colour '" + change.brandColour()
                        + "' is not a hex colour like #1a4b8c (an empty one takes it away)");
            }
            brandColour = colour.isEmpty() ? null : colour;
        }
        if (change.downloadBeforeClose() != null) {
            downloadBeforeClose = change.downloadBeforeClose();
        }
        touched(by, now);
    }

    /** A change of the settings; null leaves a value as it is. */
    public record Change(
            Integer retentionDays,
            Integer minimumSelfies,
            Integer defaultHeadshots,
            Integer defaultRemakes,
            String brandColour,
            Boolean downloadBeforeClose) {}

    /** The organisation's logo, an encrypted file of the photo store. */
    public void logo(String key, String type, Username by, OffsetDateTime now) {
        logoKey = Objects.requireNonNull(key, "key");
        logoType = Objects.requireNonNull(type, "type");
        touched(by, now);
    }

    private void touched(Username by, OffsetDateTime now) {
        changedBy = Objects.requireNonNull(by, "by").value();
        changedAt = Objects.requireNonNull(now, "now");
    }

    public Organisation organisation() {
        return new Organisation(organisation);
    }

    public int retentionDays() {
        return retentionDays;
    }

    public int minimumSelfies() {
        return minimumSelfies;
    }

    public int defaultHeadshots() {
        return defaultHeadshots;
    }

    public int defaultRemakes() {
        return defaultRemakes;
    }

    public Optional<String> brandColour() {
        return Optional.ofNullable(brandColour);
    }

    public Optional<String> logoKey() {
        return Optional.ofNullable(logoKey);
    }

    public Optional<String> logoType() {
        return Optional.ofNullable(logoType);
    }

    public boolean downloadBeforeClose() {
        return downloadBeforeClose;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
