package org.headshots.domain.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Organisation ACME = new Organisation("headshots.example");
    private static final Username GINA = new Username("gina");

    @Test
    void theFirstSignInStaysAndTheLastOnlyMovesForward() {
        SignIn signIn = new SignIn(ACME, GINA, MONDAY);
        assertEquals(MONDAY, signIn.first());
        assertEquals(MONDAY, signIn.last());
        assertEquals(1, signIn.count());

        signIn.signedInAgain(MONDAY.plusDays(2));
        signIn.signedInAgain(MONDAY.plusDays(1));

        assertEquals(MONDAY, signIn.first());
        assertEquals(MONDAY.plusDays(2), signIn.last(), "a sign-in recorded late leaves the later one");
        assertEquals(3, signIn.count());
        assertEquals(ACME, signIn.organisation());
        assertEquals(GINA, signIn.username());
    }

    @Test
    void aSignInBeforeTheFirstOrWithoutAPersonIsRefused() {
        SignIn signIn = new SignIn(ACME, GINA, MONDAY);
        assertThrows(IllegalArgumentException.class, () -> signIn.signedInAgain(MONDAY.minusSeconds(1)));
        assertThrows(NullPointerException.class, () -> new SignIn(ACME, null, MONDAY));
        assertThrows(NullPointerException.class, () -> new SignIn(null, GINA, MONDAY));
        assertThrows(NullPointerException.class, () -> new SignIn(ACME, GINA, null));
    }
}
