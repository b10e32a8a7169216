package org.headshots.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.headshots.application.settings.LogoRefusedException;
import org.headshots.application.settings.SettingsService;
import org.headshots.application.settings.SettingsView;
import org.headshots.domain.order.InvalidOrderException;
import org.headshots.domain.settings.OrganisationSettings;
import org.headshots.interfaces.security.CurrentUser;
import org.primefaces.event.FileUploadEvent;

/** The organisation's settings, within IT's bounds, and its logo. */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SettingsService settings;

    @Inject
    CurrentUser user;

    private SettingsView view;
    private int retentionDays;
    private int minimumSelfies;
    private int defaultHeadshots;
    private int defaultRemakes;
    private String brandColour;
    private boolean downloadBeforeClose;

    @PostConstruct
    void load() {
        show(settings.of(user.organisation()));
    }

    public void save() {
        try {
            show(settings.change(
                    user.organisation(),
                    new OrganisationSettings.Change(
                            retentionDays,
                            minimumSelfies,
                            defaultHeadshots,
                            defaultRemakes,
                            brandColour == null ? "" : brandColour,
                            downloadBeforeClose),
                    user.username()));
            Messages.info("Saved", "The settings apply to the next orders and uploads");
        } catch (InvalidOrderException e) {
            Messages.error("Not saved", e.getMessage());
        } catch (jakarta.ejb.EJBException e) {
            Messages.error("Not saved", e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        }
    }

    public void uploadLogo(FileUploadEvent event) {
        try {
            show(settings.logo(user.organisation(), event.getFile().getContent(), user.username()));
            Messages.info("Logo saved", event.getFile().getFileName());
        } catch (LogoRefusedException e) {
            Messages.error("Logo not saved", e.getMessage());
        } catch (jakarta.ejb.EJBException e) {
            Messages.error("Logo not saved", e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        }
    }

    private void show(SettingsView shown) {
        view = shown;
        retentionDays = shown.retentionDays();
        minimumSelfies = shown.minimumSelfies();
        defaultHeadshots = shown.defaultHeadshots();
        defaultRemakes = shown.defaultRemakes();
        brandColour = shown.brandColour();
        downloadBeforeClose = shown.downloadBeforeClose();
    }

    public SettingsView getView() {
        return view;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(int retentionDays) {
        this.retentionDays = retentionDays;
    }

    public int getMinimumSelfies() {
        return minimumSelfies;
    }

    public void setMinimumSelfies(int minimumSelfies) {
        this.minimumSelfies = minimumSelfies;
    }

    public int getDefaultHeadshots() {
        return defaultHeadshots;
    }

    public void setDefaultHeadshots(int defaultHeadshots) {
        this.defaultHeadshots = defaultHeadshots;
    }

    public int getDefaultRemakes() {
        return defaultRemakes;
    }

    public void setDefaultRemakes(int defaultRemakes) {
        this.defaultRemakes = defaultRemakes;
    }

    public String getBrandColour() {
        return brandColour;
    }

    public void setBrandColour(String brandColour) {
        this.brandColour = brandColour;
    }

    public boolean isDownloadBeforeClose() {
        return downloadBeforeClose;
    }

    public void setDownloadBeforeClose(boolean downloadBeforeClose) {
        this.downloadBeforeClose = downloadBeforeClose;
    }
}
