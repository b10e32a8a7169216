package org.headshots.domain.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.headshots.domain.refusal.InvalidValueException;
import org.junit.jupiter.api.Test;

class NewMemberTest {

    @Test
    void anAddressIsKeptInSmallLettersAndIsTheUsername() {
        NewMember nina =
                new NewMember("  Nina.New@Headshots.Example ", " Nina ", "New", Optional.of(new Department("Design")));
        assertEquals("nina.new@headshots.example", nina.email());
        assertEquals("headshots.example", nina.domain());
        assertEquals(new Username("nina.new@headshots.example"), nina.username());
        assertEquals("Nina", nina.firstName());
    }

    @Test
    void whatIsNoAddressOrNoNameIsRefusedWithWhatToSend() {
        for (String bad : new String[] {
            "",
            "nina",
            "nina@",
            "@example.com",
            "nina@example",
            "a b@example.com",
            "nina@exa mple.com",
            "x".repeat(250) + "@example.com",
            "nina@example.com<b>"
        }) {
            InvalidValueException e = assertThrows(
                    InvalidValueException.class, () -> new NewMember(bad, "Nina", "New", Optional.empty()), bad);
            assertTrue(e.getMessage().contains("e-mail address like"), e.getMessage());
        }
        assertThrows(InvalidValueException.class, () -> new NewMember("n@example.com", " ", "New", Optional.empty()));
        assertThrows(InvalidValueException.class, () -> new NewMember("n@example.com", "Nina", null, Optional.empty()));
        assertThrows(
                InvalidValueException.class, () -> new NewMember("n@example.com", "<script>", "New", Optional.empty()));
        assertThrows(
                InvalidValueException.class,
                () -> new NewMember("n@example.com", "N".repeat(101), "New", Optional.empty()));
    }
}
