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
        assertEquals(
                List.of(
                        "studio-grey",
                        "office-blue",
                        "white-clean",
                        "warm-neutral",
                        "charcoal-executive",
                        "linkedin-half-body",
                        "brand-colour",
                        "office-blurred",
                        "outdoor-blurred"),
                catalogue.ids());
        for (HeadshotStyle style : catalogue.all()) {
            assertEquals(style, catalogue.byId(style.id()));
        }
    }

    @Test
    void theStudioBackdropsHaveASoftGradientAndAVignette() {
        for (String id : List.of("studio-grey", "white-clean")) {
            HeadshotStyle style = catalogue.byId(id);
            Backdrop backdrop = style.backdrop();
            assertTrue(backdrop instanceof Backdrop.Studio, id);
            int centre = backdrop.colourAt(0.5, 0.38, BackdropShift.NONE).red();
            int corner = backdrop.colourAt(0, 1, BackdropShift.NONE).red();
            assertTrue(centre - corner >= 20 && centre - corner <= 90, id + ": " + centre + " to " + corner);
            assertTrue(style.vignette() > 0, id);
        }
    }

    @Test
    void theScenesAreAnOfficeAndTheOutdoors() {
        assertEquals(
                Backdrop.Scene.Place.OFFICE,
                ((Backdrop.Scene) catalogue.byId("office-blurred").backdrop()).place());
        assertEquals(
                Backdrop.Scene.Place.OUTDOOR,
                ((Backdrop.Scene) catalogue.byId("outdoor-blurred").backdrop()).place());
    }

    @Test
    void theBrandColourStyleIsPaintedInTheOrdersColourExactly() {
        HeadshotStyle style = catalogue.forOrder("brand-colour", "#C8102E");
        assertEquals(new Backdrop.BrandColour(Rgb.hex("#c8102e")), style.backdrop());
        assertTrue(style.backdrop().exact());
        assertEquals(Rgb.hex("#c8102e"), style.backdrop().colourAt(0.1, 0.9, new BackdropShift(10, 0.05)));
        // other styles ignore an order's brand colour
        assertEquals(catalogue.byId("studio-grey"), catalogue.forOrder("studio-grey", "#c8102e"));
        assertEquals(catalogue.byId("studio-grey"), catalogue.forOrder("studio-grey", ""));
    }

    @Test
    void aBrandColourOrderWithoutAColourOrWithAMalformedOneIsRefusedSayingWhatToDo() {
        IllegalArgumentException none =
                assertThrows(IllegalArgumentException.class, () -> catalogue.forOrder("brand-colour", ""));
        assertTrue(
                none.getMessage().contains("names none") && none.getMessage().contains("#RRGGBB"), none.getMessage());
        for (String malformed : new String[] {"blue", "#12345", "#1234567", "c8102e", "#ggg000"}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> catalogue.forOrder("brand-colour", malformed));
            assertTrue(
                    e.getMessage().contains("'" + malformed + "'")
                            && e.getMessage().contains("#RRGGBB"),
                    e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> catalogue.forOrder("studio-grey", "blue"));
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
