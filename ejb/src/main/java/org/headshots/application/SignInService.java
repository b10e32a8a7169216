package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.SignIn;
import org.headshots.domain.people.SignInRepository;
import org.headshots.domain.people.Username;

/** Records that a person signed in through single sign-on: their seats move on from INVITED to SIGNED_IN. */
@Stateless
public class SignInService {

    @Inject
    SignInRepository signIns;

    @Inject
    Event<MemberProgressed> progressed;

    @Inject
    Clock clock;

    public void signedIn(Username person, Organisation organisation) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        signIns.find(organisation, person)
                .ifPresentOrElse(
                        signIn -> signIn.signedInAgain(now),
                        () -> signIns.store(new SignIn(organisation, person, now)));
        progressed.fire(new MemberProgressed(person));
    }
}
