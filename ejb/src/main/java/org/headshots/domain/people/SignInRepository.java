package org.headshots.domain.people;

import java.util.List;
import java.util.Optional;

/** Who signed in, per organisation. */
public interface SignInRepository {

    Optional<SignIn> find(Organisation organisation, Username person);

    SignIn store(SignIn signIn);

    /** The person's sign-ins, in every organisation they signed in to. */
    List<SignIn> of(Username person);

    void remove(SignIn signIn);
}
