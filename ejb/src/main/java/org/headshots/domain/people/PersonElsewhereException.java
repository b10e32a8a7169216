package org.headshots.domain.people;

import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** The address already has an account that is not a member of the organisation: IT decides about it. */
public class PersonElsewhereException extends Refusal {

    private static final long serialVersionUID = 1L;

    public PersonElsewhereException(Organisation organisation, String email) {
        super(
                RefusalKind.CONFLICT,
                "PERSON_ELSEWHERE",
                email + " already has an account that is not a member of " + organisation.alias()
                        + "; ask IT to add that account to the organisation, then pick the person by name");
    }
}
