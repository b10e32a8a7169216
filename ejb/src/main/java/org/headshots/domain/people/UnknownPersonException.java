package org.headshots.domain.people;

import java.util.List;
import java.util.stream.Collectors;
import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** People picked by name who are not members of the organisation (or are disabled there). */
public class UnknownPersonException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownPersonException(Organisation organisation, List<Username> unknown) {
        super(
                RefusalKind.UNACCEPTABLE,
                "UNKNOWN_PERSON",
                "Not members of " + organisation.alias() + ": "
                        + unknown.stream().map(Username::value).collect(Collectors.joining(", "))
                        + ". Pick people by their user name as the directory lists them;"
                        + " people who are not in it yet are added by e-mail");
    }
}
