package org.headshots.application.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.headshots.application.settings.SettingsService;
import org.headshots.domain.order.HeadshotPlan;
import org.headshots.domain.order.Order;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.profile.Background;
import org.headshots.domain.profile.BorderColour;
import org.headshots.domain.profile.LogoCorner;
import org.headshots.domain.profile.ProfilePictureTemplate;
import org.headshots.domain.profile.Shape;
import org.headshots.domain.settings.OrganisationSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileStudioTest {

    private static final Organisation ACME = new Organisation("acme.example");
    private static final ProfilePictureTemplate BRANDED = new ProfilePictureTemplate(
            Shape.SQUARE, 300, true, Background.BRAND, 6, BorderColour.BRAND, LogoCorner.TOP_LEFT);

    private final ProfileStudio studio = new ProfileStudio();
    private final Order order = mock(Order.class);
    private final OrganisationSettings settings = mock(OrganisationSettings.class);

    @BeforeEach
    void organisation() {
        studio.settings = mock(SettingsService.class);
        when(studio.settings.settings(ACME)).thenReturn(settings);
        when(order.organisation()).thenReturn(ACME);
        plan(null);
        when(settings.brandColour()).thenReturn(Optional.empty());
        when(order.profileTemplate()).thenReturn(Optional.empty());
    }

    private void plan(String brandColour) {
        when(order.plan()).thenReturn(new HeadshotPlan(10, List.of("studio-grey"), brandColour, 1));
    }

    @Test
    void untilOneIsAppliedTheStandardTemplateWithTheBrandColourWhereThereIsOne() {
        when(settings.brandColour()).thenReturn(Optional.of("#1a4b8c"));
        assertEquals(ProfilePictureTemplate.standard(), studio.templateOf(order));
        assertEquals(Optional.of("#1a4b8c"), studio.brandColour(order));
    }

    @Test
    void withoutABrandColourTheBackdropIsKept() {
        assertEquals(ProfilePictureTemplate.standard().withoutBrandColour(), studio.templateOf(order));
        assertEquals(Background.KEEP, studio.templateOf(order).background());
    }

    @Test
    void theOrdersOwnColourComesBeforeTheOrganisations() {
        plan("#ff0000");
        when(settings.brandColour()).thenReturn(Optional.of("#1a4b8c"));
        assertEquals(Optional.of("#ff0000"), studio.brandColour(order));
    }

    @Test
    void anAppliedTemplateIsKeptAndStillWorksOnceTheBrandColourIsGone() {
        when(order.profileTemplate()).thenReturn(Optional.of(BRANDED));
        plan("#ff0000");
        assertEquals(BRANDED, studio.templateOf(order));

        plan(null);
        ProfilePictureTemplate fallback = studio.templateOf(order);
        assertEquals(Background.KEEP, fallback.background());
        assertEquals(BorderColour.WHITE, fallback.borderColour());
        assertEquals(300, fallback.size());
        assertTrue(fallback.greyscale());
        assertEquals(LogoCorner.TOP_LEFT, fallback.logoCorner());
    }

    @Test
    void aTemplateThatNeedsTheBrandColourIsRefusedWithoutOneSayingWhatToDo() {
        ProfileTemplateRefusedException refused =
                assertThrows(ProfileTemplateRefusedException.class, () -> studio.requireBrandColour(BRANDED, order));
        assertTrue(refused.getMessage().contains("set a brand colour in the settings"), refused.getMessage());
        studio.requireBrandColour(BRANDED.withoutBrandColour(), order);
    }
}
