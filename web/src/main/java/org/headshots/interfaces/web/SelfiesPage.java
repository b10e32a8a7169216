package org.headshots.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.headshots.application.FleetUnavailableException;
import org.headshots.application.selfie.PhotoTooLargeException;
import org.headshots.application.selfie.SelfieIntake;
import org.headshots.application.selfie.SelfieProgress;
import org.headshots.application.selfie.SelfieService;
import org.headshots.application.selfie.SelfieView;
import org.headshots.application.selfie.UnreadablePhotoException;
import org.headshots.domain.refusal.Refusal;
import org.headshots.interfaces.security.CurrentUser;
import org.primefaces.event.FileUploadEvent;

/** The employee's selfie upload: each photo checked as it arrives, with the verdict shown at once. */
@Named
@ViewScoped
public class SelfiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfieIntake intake;

    @Inject
    SelfieService selfies;

    @Inject
    CurrentUser user;

    private List<SelfieView> mine;
    private SelfieProgress progress;

    @PostConstruct
    void load() {
        mine = selfies.list(user.username());
        progress = selfies.progress(user.username());
    }

    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        try (InputStream in = event.getFile().getInputStream()) {
            SelfieView selfie = intake.upload(user.username(), user.organisation(), in.readAllBytes());
            if (selfie.reasons().isEmpty()) {
                Messages.info(name + ": accepted", "This photo can be used.");
            } else {
                Messages.error(name + ": not usable", selfie.reasons().get(0).message());
            }
        } catch (UnreadablePhotoException | PhotoTooLargeException e) {
            Messages.error(name + ": not a usable photo", e.getMessage());
        } catch (FleetUnavailableException e) {
            Messages.error(
                    name + ": cannot be checked right now",
                    "The photo checker is unavailable; nothing was saved. Try again in a few minutes.");
        } catch (Refusal e) {
            // too many photos at once, the photo storage full: the refusal says what to do
            Messages.error(name + ": not saved", e.getMessage());
        } catch (IOException e) {
            Messages.error(name + ": the upload broke off", "Send the photo again.");
        }
        load();
    }

    public void delete(long id) {
        selfies.delete(user.username(), id);
        load();
        Messages.info("Photo deleted", "It is gone, with its thumbnail.");
    }

    public List<SelfieView> getSelfies() {
        return mine;
    }

    public SelfieProgress getProgress() {
        return progress;
    }

    public int getProgressPercent() {
        return progress.minimum() == 0 ? 100 : Math.min(100, 100 * progress.accepted() / progress.minimum());
    }
}
