package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.RequirementExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * When "N years" goes to its own field, the word that linked it to the experience goes with it:
 * "Experiencia mínima de 2 años en recepción" is "recepción" for 2 years, not "Experiencia mínima de en
 * recepción"; "Berufserfahrung von mindestens 3 Jahren in der Pflege" is not "Berufserfahrung von in der
 * Pflege". Synthetic requirement lines of our own, several trades.
 */
class YearsLinkTest {

    static final Pattern DANGLING = Pattern.compile("(?iu)(?:^|\\s)(?:de|von|of|mínima|mínimo|d')\\s+(?:en|in|im|as|como|als|dans)(?:\\s|$)");

    @Test
    void theLinkingWordGoesWithTheYears() {
        List<Requirement> requirements = extract("Grupo Ejemplo", """
                Requisitos
                - Experiencia mínima de 2 años en recepción de hotel
                - Experiencia de al menos 3 años como soldador
                - Experiencia comprobable de 5 años en obra civil
                Ihr Profil
                - Berufserfahrung von mindestens 4 Jahren in der ambulanten Pflege
                - Eine Berufserfahrung von 6 Jahren im Außendienst
                """);
        assertEquals(5, requirements.stream().filter(r -> r.years() != null).count(), requirements.toString());
        for (Requirement requirement : requirements) {
            assertFalse(DANGLING.matcher(requirement.text()).find(), requirement.text());
            assertFalse(requirement.text().toLowerCase().startsWith("experiencia mínima"), requirement.text());
        }
    }
}
