package org.headshots.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.headshots.application.MemberNotFoundException;
import org.headshots.application.MemberRow;
import org.headshots.application.MemberService;
import org.headshots.application.OrderNotFoundException;
import org.headshots.application.gallery.GalleryService;
import org.headshots.application.gallery.HeadshotView;
import org.headshots.application.run.RunService;
import org.headshots.application.run.RunView;
import org.headshots.application.selfie.SelfieService;
import org.headshots.application.selfie.SelfieView;
import org.headshots.domain.people.Username;
import org.headshots.interfaces.security.CurrentUser;

/**
 * One member of an order as their admin sees them: every selfie with its verdict and the reason for it (so the
 * admin sees why a photo failed), their runs and their gallery, view only.
 */
@Named
@RequestScoped
public class MemberDetailPage {

    @Inject
    MemberService members;

    @Inject
    SelfieService selfies;

    @Inject
    RunService runs;

    @Inject
    GalleryService gallery;

    @Inject
    CurrentUser user;

    private long order;
    private String username;
    private MemberRow member;
    private List<SelfieView> selfieViews = List.of();
    private List<RunView> runViews = List.of();
    private List<HeadshotView> headshots = List.of();

    public void load() throws IOException {
        if (order <= 0 || username == null || username.isBlank()) {
            NotFound.answer("member");
            return;
        }
        try {
            member = members.member(user.organisation(), order, username);
        } catch (MemberNotFoundException | OrderNotFoundException | jakarta.ejb.EJBException e) {
            NotFound.answer("member");
            return;
        }
        Username person = new Username(member.username());
        selfieViews = selfies.listForAdmin(user.organisation(), person);
        runViews = runs.runsOf(user.organisation(), person, order);
        headshots = gallery.galleryForAdmin(user.organisation(), person, order);
    }

    public long getOrder() {
        return order;
    }

    public void setOrder(long order) {
        this.order = order;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public MemberRow getMember() {
        return member;
    }

    public List<SelfieView> getSelfies() {
        return selfieViews;
    }

    public List<RunView> getRuns() {
        return runViews;
    }

    public List<HeadshotView> getHeadshots() {
        return headshots;
    }
}
