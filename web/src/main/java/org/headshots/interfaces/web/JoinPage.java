package org.headshots.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.headshots.application.join.JoinInvitation;
import org.headshots.application.join.JoinLinks;
import org.headshots.application.join.Joined;
import org.headshots.domain.order.InvalidOrderException;
import org.headshots.domain.order.JoinLinkClosedException;
import org.headshots.domain.order.OrderStateException;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.domain.people.NewMember;
import org.headshots.domain.refusal.InvalidValueException;

/**
 * The page a join link opens, without signing in: which order it is for, and a form for the person's work
 * address and name; they then get Keycloak's mail to set a password, and a seat.
 */
@Named
@ViewScoped
public class JoinPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JoinLinks links;

    private String token;
    private JoinInvitation invitation;
    private String problem;
    private Joined joined;
    private String email;
    private String firstName;
    private String lastName;

    public void load() {
        try {
            invitation = links.invitation(token);
        } catch (JoinLinkClosedException e) {
            problem = e.getMessage();
        } catch (DirectoryUnavailableException e) {
            problem = "Joining is not possible right now. Try again in a few minutes.";
        }
    }

    public void join() {
        try {
            joined = links.join(token, new NewMember(email, firstName, lastName, Optional.empty()));
        } catch (JoinLinkClosedException
                | IllegalArgumentException
                | InvalidValueException
                | OrderStateException
                | InvalidOrderException e) {
            Messages.error("You have not joined yet", e.getMessage());
        } catch (DirectoryUnavailableException e) {
            Messages.error(
                    "You have not joined yet", "Joining is not possible right now. Try again in a few" + " minutes.");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public JoinInvitation getInvitation() {
        return invitation;
    }

    public String getProblem() {
        return problem;
    }

    public Joined getJoined() {
        return joined;
    }

    public String getDomains() {
        return invitation == null ? "" : String.join(" or ", invitation.domains());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
