package org.headshots.domain.consent;

import java.util.List;
import org.headshots.domain.people.Username;

public interface ConsentRepository {

    void store(Consent consent);

    /**
     * The person's consents that have not been withdrawn, newest first. There is more than one when the person
     * accepted a newer text while an older acceptance stood.
     */
    List<Consent> activeOf(Username person);

    /** Every consent the person gave, withdrawn ones too, oldest first. */
    List<Consent> allOf(Username person);

    void remove(Consent consent);
}
