package org.headshots.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headshots.application.OrderService;
import org.headshots.domain.people.DirectoryUnavailableException;
import org.headshots.interfaces.security.CurrentUser;

/** The suggestions of a page's people field: members of the admin's organisation, by user name. */
@Named
@ViewScoped
public class PeoplePicker implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderService orders;

    @Inject
    CurrentUser user;

    private final Map<String, String> namesFound = new HashMap<>();

    /** The organisation's members whose name, user name or e-mail contains the text. */
    public List<String> complete(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        try {
            return orders.findPeople(user.organisation(), text).stream()
                    .map(person -> {
                        namesFound.put(person.username(), person.displayName());
                        return person.username();
                    })
                    .toList();
        } catch (DirectoryUnavailableException e) {
            Messages.error("People cannot be looked up now", e.getMessage());
            return List.of();
        }
    }

    /** The name of a person the last look-ups found, for the suggestions. */
    public String nameOf(String username) {
        return namesFound.getOrDefault(username, "");
    }
}
