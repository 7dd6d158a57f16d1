package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.FalseEvidenceTest.coverage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A resume line that says the clearance for what it names is not held yet ("not yet certified", "noch nicht
 * zugelassen", "pas encore habilitée", "aún no habilitado", "ещё не аттестован") names the skill but evidences it
 * only in part, whatever kind of requirement asks for it; the same line without the words is full evidence.
 * Synthetic lines of our own, several trades and the five languages.
 */
class NotYetTest {

    @Test
    void aSkillNotYetClearedIsPartialEvidence() {
        String[][] cases = {
                {"Forklift operation", "Warehouse Operative", "- Forklift operation on the training yard only; not yet certified",
                        "- Forklift operation on the training yard only"},
                {"Arbeiten an Hochvoltsystemen", "Kfz-Mechatroniker", "- Arbeiten an Hochvoltsystemen in der Schulung, noch nicht zugelassen",
                        "- Arbeiten an Hochvoltsystemen in der Schulung"},
                {"soins de nursing", "Aide-soignante", "- Soins de nursing en stage ; pas encore diplômée",
                        "- Soins de nursing en stage"},
                {"manejo de grúa torre", "Peón", "- Manejo de grúa torre en prácticas; aún no habilitado",
                        "- Manejo de grúa torre en prácticas"},
                {"сварка трубопроводов", "Помощник сварщика", "- Сварка трубопроводов под контролем мастера, пока не аттестован",
                        "- Сварка трубопроводов под контролем мастера"},
        };
        for (String[] c : cases) {
            double notYet = coverage(c[0], null, c[1], c[2]);
            assertTrue(notYet > 0 && notYet < 1, c[0] + ": " + notYet);
            assertEquals(1, coverage(c[0], null, c[1], c[3]), 1e-9, c[0]);
        }
    }
}
