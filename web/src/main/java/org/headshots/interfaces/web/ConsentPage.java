package org.headshots.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import org.headshots.application.ConsentService;
import org.headshots.application.ConsentStatus;
import org.headshots.domain.consent.ConsentVersionNotCurrentException;
import org.headshots.domain.people.NotInAnOrganisationException;
import org.headshots.interfaces.security.CurrentUser;

/** Where an employee reads the consent for their photos and face data, accepts it, or withdraws it. */
@Named
@ViewScoped
public class ConsentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.ENGLISH);

    @Inject
    ConsentService consentService;

    @Inject
    CurrentUser user;

    private ConsentStatus status;
    private boolean agreed;

    @PostConstruct
    void load() {
        status = consentService.statusOf(user.username());
    }

    public void accept() {
        if (!agreed) {
            Messages.error("Not accepted yet", "Tick \"I have read this and agree\" first");
            return;
        }
        try {
            status = consentService
                    .accept(user.username(), user.organisation(), status.version())
                    .status();
            Messages.info("Thank you", "You can upload your selfies now");
        } catch (ConsentVersionNotCurrentException e) {
            status = consentService.statusOf(user.username());
            agreed = false;
            Messages.error("The text has changed", "Please read the new version and accept it");
        } catch (NotInAnOrganisationException e) {
            Messages.error("Not accepted", e.getMessage());
        }
    }

    public void withdraw() {
        status = consentService.withdraw(user.username(), user.organisation());
        agreed = false;
        Messages.info("Consent withdrawn", "Your selfies, face data and unchosen headshots have been deleted");
    }

    public ConsentStatus getStatus() {
        return status;
    }

    public String getAcceptedOn() {
        return status.acceptedAt() == null ? "" : SHOWN.format(status.acceptedAt());
    }

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }
}
