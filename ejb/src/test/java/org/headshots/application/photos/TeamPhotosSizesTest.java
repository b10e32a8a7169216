package org.headshots.application.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.headshots.application.gallery.ImageSize;
import org.headshots.domain.refusal.InvalidValueException;
import org.junit.jupiter.api.Test;

class TeamPhotosSizesTest {

    @Test
    void theTextOfAllThreeSizesParsesToThemInTheirOwnOrder() {
        PhotoSizes sizes = PhotoSizes.parse("profile,original,1024");

        assertEquals(List.of(ImageSize.ORIGINAL, ImageSize.LARGE, ImageSize.PROFILE), List.copyOf(sizes.sizes()));
        assertEquals("original,1024,profile", sizes.toString());
        assertEquals(3, sizes.count());
    }

    @Test
    void caseSpacesAndFourHundredForTheProfileAreAccepted() {
        assertEquals(PhotoSizes.of(ImageSize.ORIGINAL, ImageSize.PROFILE), PhotoSizes.parse(" Profile , ORIGINAL "));
        assertEquals("profile", PhotoSizes.parse("400").toString());
        assertEquals("1024,profile", PhotoSizes.parse("400, profile ,1024,").toString());
    }

    @Test
    void theCanonicalTextParsesBackToTheSameSizes() {
        for (String text :
                List.of("original", "1024", "profile", "original,1024", "1024,profile", "original,1024,profile")) {
            assertEquals(text, PhotoSizes.parse(text).toString());
            assertEquals(
                    PhotoSizes.parse(text),
                    PhotoSizes.parse(PhotoSizes.parse(text).toString()));
        }
    }

    @Test
    void unknownSizesAndTheThumbnailAreRefusedNamingTheValidOnes() {
        for (String text : List.of("320", "thumbnail", "large", "original,2048", "orig inal", "1024px")) {
            InvalidValueException refused =
                    assertThrows(InvalidValueException.class, () -> PhotoSizes.parse(text), text);
            assertTrue(refused.getMessage().contains("original, 1024 and profile (or 400)"), refused.getMessage());
        }
        InvalidValueException thumbnail = assertThrows(
                InvalidValueException.class, () -> new PhotoSizes(Set.of(ImageSize.ORIGINAL, ImageSize.THUMBNAIL)));
        assertTrue(thumbnail.getMessage().contains("original, 1024 and profile"), thumbnail.getMessage());
    }

    @Test
    void noSizeAtAllIsRefused() {
        for (String text : new String[] {null, "", "  ", ",", " , "}) {
            InvalidValueException refused =
                    assertThrows(InvalidValueException.class, () -> PhotoSizes.parse(text), String.valueOf(text));
            assertTrue(refused.getMessage().contains("original, 1024 and profile"), refused.getMessage());
        }
        assertThrows(InvalidValueException.class, () -> new PhotoSizes(EnumSet.noneOf(ImageSize.class)));
        assertThrows(InvalidValueException.class, () -> new PhotoSizes(null));
    }

    @Test
    void theSizesCannotBeChangedFromOutside() {
        Set<ImageSize> given = EnumSet.of(ImageSize.LARGE);
        PhotoSizes sizes = new PhotoSizes(given);
        given.add(ImageSize.ORIGINAL);

        assertEquals("1024", sizes.toString());
        assertThrows(UnsupportedOperationException.class, () -> sizes.sizes().add(ImageSize.PROFILE));
    }

    @Test
    void eachSizeHasTheLabelItsFilesAreNamedBy() {
        assertEquals("original", PhotoSizes.label(ImageSize.ORIGINAL));
        assertEquals("1024", PhotoSizes.label(ImageSize.LARGE));
        assertEquals("profile", PhotoSizes.label(ImageSize.PROFILE));
        assertThrows(InvalidValueException.class, () -> PhotoSizes.label(ImageSize.THUMBNAIL));
    }
}
