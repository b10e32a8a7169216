package org.headshots.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.headshots.interfaces.security.CurrentUser;

/** Sends each person to the start page of their role. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser user;

    public String route() {
        if (user.isOrgAdmin()) {
            return "/admin/orders?faces-redirect=true";
        }
        if (user.isItAdmin()) {
            return "/it/nodes?faces-redirect=true";
        }
        if (user.isEmployee()) {
            return "/employee/home?faces-redirect=true";
        }
        return null;
    }
}
