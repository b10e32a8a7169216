package org.headshots.node.infrastructure.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackdropMatchTest {

    @Test
    void aGreyBackdropCastsNothingAndAColouredOneALittleOfItsColour() {
        float[] grey = BackdropMatch.castGains(new float[] {0.5f, 0.5f, 0.5f});
        assertEquals(1, grey[0], 1e-6);
        assertEquals(1, grey[1], 1e-6);
        assertEquals(1, grey[2], 1e-6);
        float[] blue = BackdropMatch.castGains(new float[] {0.1f, 0.3f, 0.9f});
        assertTrue(blue[2] > 1 && blue[2] <= 1.06f, "blue gain " + blue[2]);
        assertTrue(blue[0] < 1 && blue[0] >= 0.94f, "red gain " + blue[0]);
    }

    @Test
    void theBackdropsLightWrapsTheOutlineButNotTheMiddle() {
        int size = 60;
        PersonLayer person = new PersonLayer(size, size);
        BackdropLayer backdrop = new BackdropLayer(size, size);
        for (int i = 0; i < size * size; i++) {
            int x = i % size;
            person.alpha[i] = x < size / 2 ? 1 : 0; // the person fills the left half
            person.red[i] = person.green[i] = person.blue[i] = 0.2f;
            backdrop.red[i] = backdrop.green[i] = backdrop.blue[i] = 0.9f;
        }
        BackdropMatch.apply(person, backdrop);
        int row = size / 2 * size;
        float outline = person.red[row + size / 2 - 1];
        float middle = person.red[row + 2];
        assertEquals(0.2f, middle, 1e-6, "far from the outline the person keeps its colour");
        assertTrue(outline > 0.3f && outline < 0.9f, "at the outline the backdrop's light shows: " + outline);
    }
}
