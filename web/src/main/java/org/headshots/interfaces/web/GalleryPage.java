package org.headshots.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.headshots.application.gallery.FavouriteLockedException;
import org.headshots.application.gallery.GalleryService;
import org.headshots.application.gallery.HeadshotView;
import org.headshots.application.run.RemakeNotAllowedException;
import org.headshots.application.run.RunService;
import org.headshots.application.run.RunView;
import org.headshots.interfaces.security.CurrentUser;

/** The employee's gallery: headshots best first, the favourite, remakes; progress arrives over WebSocket. */
@Named
@ViewScoped
public class GalleryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GalleryService gallery;

    @Inject
    RunService runs;

    @Inject
    CurrentUser user;

    private List<HeadshotView> headshots;
    private Long favourite;
    private List<RunView> myRuns;

    @PostConstruct
    void load() {
        headshots = gallery.gallery(user.username());
        favourite = gallery.favourite(user.username()).orElse(null);
        myRuns = runs.runsOf(user.username());
    }

    /** Called by the page when the progress channel says a run moved on. */
    public void refresh() {
        load();
    }

    public void choose(long id) {
        try {
            gallery.choose(user.username(), id);
            Messages.info("Favourite chosen", "You can download it below, or change your mind until the order closes.");
        } catch (FavouriteLockedException e) {
            Messages.error("The favourite cannot change", e.getMessage());
        } catch (EJBException e) {
            Messages.error("The favourite was not saved", "Try again; if it keeps failing, tell your admin.");
        }
        load();
    }

    public void remake() {
        try {
            RunView run = runs.remake(user.username());
            Messages.info("Remake asked for", "Run " + run.run() + " is queued; your headshots so far stay here.");
        } catch (RemakeNotAllowedException e) {
            Messages.error("No remake", e.getMessage());
        }
        load();
    }

    public List<HeadshotView> getHeadshots() {
        return headshots;
    }

    public Long getFavourite() {
        return favourite;
    }

    public boolean isFavourite(long id) {
        return favourite != null && favourite == id;
    }

    public HeadshotView getFavouriteHeadshot() {
        return favourite == null ? null
                : headshots.stream().filter(h -> h.id() == favourite).findFirst().orElse(null);
    }

    public List<RunView> getRuns() {
        return myRuns;
    }
}
