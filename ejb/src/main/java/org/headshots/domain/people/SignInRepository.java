package org.headshots.domain.people;

import java.util.Optional;

/** Who signed in, per organisation. */
public interface SignInRepository {

    Optional<SignIn> find(Organisation organisation, Username person);

    SignIn store(SignIn signIn);
}
