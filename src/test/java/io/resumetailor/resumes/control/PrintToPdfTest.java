package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word printed through "Microsoft: Print To PDF": bold type drawn twice, a birth date near the phone. Measured on a Colombian hoja de vida. */
class PrintToPdfTest {

    /** Each letter of {@code text} as the driver draws it in bold: once, then again 0.72 pt left and 0.84 pt up at 26 pt. */
    private static List<Glyph> doubled(String text, float size) {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 100;
        for (char c : text.toCharArray()) {
            float width = size * 0.6f;
            glyphs.add(new Glyph(String.valueOf(c), x, x + width, 129f, size, true, false));
            glyphs.add(new Glyph(String.valueOf(c), x - 0.028f * size, x - 0.028f * size + width, 129f - 0.032f * size, size, true, false));
            x += width;
        }
        glyphs.sort(java.util.Comparator.comparingDouble(Glyph::x));
        return glyphs;
    }

    @Test
    void readsBoldTypeDrawnTwiceOnce() {
        List<PdfWord> words = PdfWords.words(doubled("LUIS", 26));
        assertEquals("LUIS", words.get(0).text(), words.toString());
        assertEquals("LLAMAS", PdfWords.words(doubled("LLAMAS", 12)).get(0).text(), "a real double letter stays");
    }

    @Test
    void aDateWithAStraySpaceIsNoPhone() {
        assertFalse(ContactDetails.plausible("24 /04/1991"));
        assertFalse(ContactDetails.plausible("24.04.1991"));
        assertTrue(ContactDetails.plausible("301 4198118"));
    }
}
