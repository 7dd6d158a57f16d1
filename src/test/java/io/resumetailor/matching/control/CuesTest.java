package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Cues#in} looks phrases up with indexOf; it answers what the kind's pattern ({@link Cues#endOf}) finds. */
class CuesTest {

    @Test
    void thePhraseLookupFindsWhatThePatternFinds() {
        Cues cues = Cues.standard();
        int checked = 0;
        for (String kind : Cues.KINDS) {
            List<String> texts = new ArrayList<>(List.of("Senior nurse, 5 years in ICU", "Pflegefachkraft (m/w/d) in Ausbildung",
                    "en cours d'obtention du permis C", "quiero trabajar en recepción", "стаж от 3 лет, желательно 1С"));
            for (String phrase : cues.phrases(kind)) {
                texts.add("x " + phrase + " y");
                texts.add("x" + phrase + " y"); // glued before: no phrase
                texts.add(phrase + "2"); // glued after: no phrase
                texts.add("+" + phrase + "#");
                texts.add("é" + phrase + " " + phrase);
            }
            for (String text : texts) {
                String folded = Cues.fold(text);
                assertEquals(cues.endOf(kind, folded) >= 0, cues.inFolded(kind, folded), kind + ": " + text);
                checked++;
            }
        }
        assertTrue(checked > 10_000, "every phrase of every kind: " + checked);
        assertTrue(cues.in(Cues.IN_PROGRESS, "CIPD Level 5 (in progress)"));
        assertFalse(cues.in(Cues.IN_PROGRESS, "work in progression planning"));
    }
}
