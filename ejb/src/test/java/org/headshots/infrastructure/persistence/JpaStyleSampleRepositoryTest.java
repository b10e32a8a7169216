package org.headshots.infrastructure.persistence;

import static org.headshots.infrastructure.persistence.Examples.MONDAY;
import static org.headshots.infrastructure.persistence.Examples.photo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.headshots.domain.style.StyleSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaStyleSampleRepositoryTest extends RepositoryOnH2 {

    private final JpaStyleSampleRepository samples = new JpaStyleSampleRepository();

    @BeforeEach
    void injected() {
        samples.em = em;
    }

    private static StyleSample sample(String style, String packs, int days) {
        return new StyleSample(style, packs, photo(style + "-" + days), 512, 640, MONDAY.plusDays(days));
    }

    @Test
    void aReplacedSampleTakesTheStylesPlace() {
        inTransaction(() -> samples.replace(sample("studio-grey", "starter-1", 0)));
        inTransaction(() -> samples.replace(sample("studio-grey", "starter-2", 1)));

        StyleSample found = samples.find("studio-grey").orElseThrow();
        assertTrue(found.madeWith("starter-2"));
        assertFalse(found.madeWith("starter-1"));
        assertEquals("photo-studio-grey-1", found.photoKey());
        assertEquals(MONDAY.plusDays(1).toInstant(), found.madeAt().toInstant());
        assertTrue(samples.find("office-blue").isEmpty());
    }

    @Test
    void allSamplesComeByStyle() {
        inTransaction(() -> samples.replace(sample("warm-neutral", "starter-1", 0)));
        inTransaction(() -> samples.replace(sample("office-blue", "starter-1", 0)));
        inTransaction(() -> samples.replace(sample("studio-grey", "starter-1", 0)));

        assertEquals(
                List.of("office-blue", "studio-grey", "warm-neutral"),
                samples.all().stream().map(StyleSample::style).toList());
    }
}
