package org.headshots.application.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.headshots.application.RetentionSettings;
import org.headshots.application.selfie.SelfieSettings;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.refusal.RefusalKind;
import org.headshots.domain.selfie.PhotoStore;
import org.headshots.domain.settings.OrganisationSettings;
import org.headshots.domain.settings.OrganisationSettingsRepository;

/**
 * What each organisation's admins set for it (retention, selfies needed, an order's defaults, brand colour and
 * logo, early downloads), within the bounds IT sets for the installation.
 */
@Stateless
public class SettingsService {

    public static final int MAX_LOGO_BYTES = 1024 * 1024;
    public static final int MAX_LOGO_SIDE = 2048;

    @Inject
    OrganisationSettingsRepository repository;

    @Inject
    RetentionSettings retention;

    @Inject
    SelfieSettings selfieSettings;

    @Inject
    PhotoStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public SettingsView of(Organisation organisation) {
        return SettingsView.of(settings(organisation), bounds());
    }

    /** The organisation's settings as they are stored, or the installation's when its admins changed none. */
    public OrganisationSettings settings(Organisation organisation) {
        return repository
                .find(organisation)
                .orElseGet(() -> new OrganisationSettings(organisation, bounds(), OffsetDateTime.now(clock)));
    }

    public SettingsView change(Organisation organisation, OrganisationSettings.Change change, Username admin) {
        OrganisationSettings settings = stored(organisation);
        settings.change(change, bounds(), admin, OffsetDateTime.now(clock));
        audit.record(AuditEvent.by(
                admin,
                AuditAction.SETTINGS_CHANGED,
                "settings:" + organisation.alias(),
                describe(settings),
                organisation,
                OffsetDateTime.now(clock)));
        return SettingsView.of(settings, bounds());
    }

    /** Keeps the organisation's logo (PNG or JPEG, at most 1 MB and 2048 px a side), encrypted like photos. */
    public SettingsView logo(Organisation organisation, byte[] image, Username admin) {
        if (image == null || image.length == 0) {
            throw new LogoRefusedException("Send the logo (PNG or JPEG) as the request body", RefusalKind.UNACCEPTABLE);
        }
        if (image.length > MAX_LOGO_BYTES) {
            throw new LogoRefusedException(
                    "The logo is " + image.length / 1024 + " KB; send one of at most " + MAX_LOGO_BYTES / 1024 + " KB",
                    RefusalKind.TOO_LARGE);
        }
        String type = type(image)
                .orElseThrow(() -> new LogoRefusedException(
                        "The logo is not a PNG or a JPEG: export it as one of them", RefusalKind.UNSUPPORTED_TYPE));
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException e) {
            decoded = null;
        }
        if (decoded == null) {
            throw new LogoRefusedException(
                    "The logo is damaged and cannot be read: export it again", RefusalKind.UNACCEPTABLE);
        }
        if (decoded.getWidth() > MAX_LOGO_SIDE
                || decoded.getHeight() > MAX_LOGO_SIDE
                || decoded.getWidth() < 16
                || decoded.getHeight() < 16) {
            throw new LogoRefusedException(
                    "The logo is " + decoded.getWidth() + "×" + decoded.getHeight() + " px; send one of 16 to "
                            + MAX_LOGO_SIDE + " px a side",
                    RefusalKind.UNACCEPTABLE);
        }
        OrganisationSettings settings = stored(organisation);
        settings.logoKey().ifPresent(store::delete);
        settings.logo(store.put(image).key(), type, admin, OffsetDateTime.now(clock));
        audit.record(AuditEvent.by(
                admin,
                AuditAction.LOGO_CHANGED,
                "settings:" + organisation.alias(),
                type + ", " + decoded.getWidth() + "×" + decoded.getHeight(),
                organisation,
                OffsetDateTime.now(clock)));
        return SettingsView.of(settings, bounds());
    }

    /** The logo's bytes and type, when the organisation has one. */
    public Optional<Logo> logo(Organisation organisation) {
        return repository
                .find(organisation)
                .filter(s -> s.logoKey().isPresent())
                .map(s -> new Logo(store.get(s.logoKey().get()), s.logoType().orElse("image/png")));
    }

    public record Logo(byte[] bytes, String type) {}

    private OrganisationSettings stored(Organisation organisation) {
        return repository
                .find(organisation)
                .orElseGet(() ->
                        repository.store(new OrganisationSettings(organisation, bounds(), OffsetDateTime.now(clock))));
    }

    private OrganisationSettings.Bounds bounds() {
        return new OrganisationSettings.Bounds(retention.period().days(), selfieSettings.minimumAccepted());
    }

    private static Optional<String> type(byte[] image) {
        if (image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            return Optional.of("image/png");
        }
        if (image.length > 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static String describe(OrganisationSettings s) {
        return "retention " + s.retentionDays() + " days, " + s.minimumSelfies() + " selfies, " + s.defaultHeadshots()
                + " headshots and " + s.defaultRemakes() + " remakes by default, brand colour "
                + s.brandColour().orElse("none") + ", downloads before closing "
                + (s.downloadBeforeClose() ? "yes" : "no");
    }
}
