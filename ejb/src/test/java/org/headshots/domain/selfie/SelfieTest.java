package org.headshots.domain.selfie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.junit.jupiter.api.Test;

class SelfieTest {

    private static Selfie rejected(List<Reason> reasons) {
        return new Selfie(
                new Username("bob"),
                new Organisation("headshots.example"),
                OffsetDateTime.now(),
                reasons,
                "{}",
                1,
                "",
                100,
                100,
                new StoredPhoto("photo-0001", "0".repeat(64), 1),
                new StoredPhoto("thumb-0001", "0".repeat(64), 1));
    }

    @Test
    void aReasonThatSaysMoreThanItsCodeKeepsItsWords() {
        Reason named = new Reason(
                ReasonCode.DIFFERENT_PERSON,
                "This face does not match your photo of 4 Dec, 10:15:"
                        + " if that is not you, delete it and upload this one again; otherwise upload photos of yourself only.");
        List<Reason> reasons = List.of(Reason.of(ReasonCode.GRAYSCALE), named, Reason.of(ReasonCode.HEAD_TURNED));

        assertEquals(reasons, rejected(reasons).reasons());
        assertEquals(List.of(), rejected(List.of()).reasons());
    }
}
