package org.headshots.node.domain.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StyleCatalogueTest {

    private final StyleCatalogue catalogue = StyleCatalogue.standard();

    @Test
    void theStandardCatalogueHasTheCorporateStyles() {
        assertTrue(catalogue.ids().containsAll(
                List.of("studio-grey", "office-blue", "white-clean", "warm-neutral", "charcoal-executive")));
        assertTrue(catalogue.all().size() >= 4 && catalogue.all().size() <= 6);
        for (HeadshotStyle style : catalogue.all()) {
            assertEquals(style, catalogue.byId(style.id()));
            assertEquals(OutputSize.DEFAULT, style.size());
        }
    }

    @Test
    void anUnknownIdIsRefusedNamingTheKnownOnes() {
        UnknownStyleException e = assertThrows(UnknownStyleException.class, () -> catalogue.byId("neon-party"));
        assertEquals("neon-party", e.id());
        assertTrue(e.getMessage().contains("'neon-party'"), e.getMessage());
        for (String id : catalogue.ids()) {
            assertTrue(e.getMessage().contains(id), e.getMessage());
        }
    }

    @Test
    void twoStylesWithOneIdAreRefused() {
        HeadshotStyle style = catalogue.byId("studio-grey");
        assertThrows(IllegalArgumentException.class, () -> new StyleCatalogue(List.of(style, style)));
        assertThrows(IllegalArgumentException.class, () -> new StyleCatalogue(List.of()));
    }
}
