package org.headshots.domain.profile;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.headshots.domain.refusal.InvalidValueException;
import org.junit.jupiter.api.Test;

class ProfilePictureTemplateTest {

    private static ProfilePictureTemplate sized(int size) {
        return new ProfilePictureTemplate(
                Shape.SQUARE, size, false, Background.KEEP, 0, BorderColour.WHITE, LogoCorner.NONE);
    }

    private static ProfilePictureTemplate bordered(int width, BorderColour colour, Background background) {
        return new ProfilePictureTemplate(Shape.CIRCLE, 600, false, background, width, colour, LogoCorner.NONE);
    }

    @Test
    void theStandardIsAColourCircleOf600PxOnTheBrandColourWithoutBorderOrLogo() {
        ProfilePictureTemplate standard = ProfilePictureTemplate.standard();
        assertEquals(Shape.CIRCLE, standard.shape());
        assertEquals(600, standard.size());
        assertFalse(standard.greyscale());
        assertEquals(Background.BRAND, standard.background());
        assertEquals(0, standard.borderWidth());
        assertFalse(standard.hasBorder());
        assertEquals(LogoCorner.NONE, standard.logoCorner());
    }

    @Test
    void aSideOf128To1024PxIsAccepted() {
        assertEquals(128, sized(128).size());
        assertEquals(1024, sized(1024).size());
    }

    @Test
    void aSideOutside128To1024PxIsRefusedWithTheRange() {
        for (int size : new int[] {127, 1025, 0, -600}) {
            InvalidValueException refused = assertThrows(InvalidValueException.class, () -> sized(size));
            assertTrue(refused.getMessage().contains("128 to 1024 px"), refused.getMessage());
            assertTrue(refused.getMessage().contains(size + " px"), refused.getMessage());
        }
    }

    @Test
    void aBorderIs0To32PxWide() {
        assertDoesNotThrow(() -> bordered(0, BorderColour.BLACK, Background.KEEP));
        assertDoesNotThrow(() -> bordered(32, BorderColour.BLACK, Background.KEEP));
        for (int width : new int[] {-1, 33}) {
            InvalidValueException refused = assertThrows(
                    InvalidValueException.class, () -> bordered(width, BorderColour.BLACK, Background.KEEP));
            assertTrue(refused.getMessage().contains("0 (none) to 32 px"), refused.getMessage());
        }
    }

    @Test
    void everyChoiceMustBeMade() {
        assertThrows(
                NullPointerException.class,
                () -> new ProfilePictureTemplate(
                        null, 600, false, Background.KEEP, 0, BorderColour.WHITE, LogoCorner.NONE));
        assertThrows(
                NullPointerException.class,
                () -> new ProfilePictureTemplate(
                        Shape.SQUARE, 600, false, null, 0, BorderColour.WHITE, LogoCorner.NONE));
        assertThrows(
                NullPointerException.class,
                () -> new ProfilePictureTemplate(Shape.SQUARE, 600, false, Background.KEEP, 0, null, LogoCorner.NONE));
        assertThrows(
                NullPointerException.class,
                () -> new ProfilePictureTemplate(
                        Shape.SQUARE, 600, false, Background.KEEP, 0, BorderColour.WHITE, null));
    }

    @Test
    void theBrandColourIsNeededForABrandBackdropOrAVisibleBrandBorderOnly() {
        assertTrue(ProfilePictureTemplate.standard().usesBrandColour());
        assertTrue(bordered(8, BorderColour.BRAND, Background.KEEP).usesBrandColour());
        assertFalse(bordered(0, BorderColour.BRAND, Background.KEEP).usesBrandColour());
        assertFalse(bordered(8, BorderColour.WHITE, Background.KEEP).usesBrandColour());
    }
}
