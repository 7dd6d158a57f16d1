package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.CrossLanguageTest.NOW;
import static io.resumetailor.matching.control.CrossLanguageTest.SCORER;
import static io.resumetailor.matching.control.CrossLanguageTest.matched;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading technical drawings is one skill under its many names in the trades: "Zeichnungslesen",
 * "Fertigungszeichnungen", "Form- und Lagetoleranzen", GD&T, "lecture d'isométriques", "planos técnicos".
 * Synthetic requirements and resume lines of our own (machining, welding, joinery).
 */
class DrawingReadingTest {

    @Test
    void drawingsAskedInGermanAreEvidencedUnderTheirOtherGermanNames() {
        Requirement asked = PersonalCareLexiconTest.asked("Zerspanungsmechaniker gesucht. Ihr Profil: Zeichnungen mit Toleranzen.",
                "Sie lesen Fertigungszeichnungen mit Form- und Lagetoleranzen").get(0);
        for (String line : List.of("- Zeichnungslesen und Erstmusterprüfung", "- Auswertung von Werkstattzeichnungen inkl. GD&T",
                "- Konstruktionszeichnungen sicher gelesen und umgesetzt", "- Read engineering drawings with GD&T callouts")) {
            ResumeContent resume = PartialCreditTest.resume("Machinist", "2019-01", line, List.of(), List.of());
            assertEquals(List.of("r1"), matched(SCORER.score(List.of(asked), resume, NOW)), line);
        }
        Requirement french = PersonalCareLexiconTest.asked("Soudeur H/F. Profil : lecture de plans.", "lecture de plans").get(0);
        ResumeContent welder = PartialCreditTest.resume("Soudeur", "2019-01", "- Lecture d'isométriques et des DMOS", List.of(), List.of());
        assertEquals(List.of("r1"), matched(SCORER.score(List.of(french), welder, NOW)));
        ResumeContent painter = PartialCreditTest.resume("Painter", "2019-01", "- Painted hallways and stairwells, hung wallpaper", List.of(), List.of());
        assertEquals(List.of(), matched(SCORER.score(List.of(asked), painter, NOW)));
    }
}
