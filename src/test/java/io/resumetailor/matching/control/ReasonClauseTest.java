package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.RequirementExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence of a profile written in prose that opens with why the employer asks ("Da Sie …, setzen wir … voraus"). Synthetic postings of our own. */
class ReasonClauseTest {

    @Test
    void theReasonBeforeTheCommaIsNoRequirement() {
        assertEquals("setzen wir sehr gute Deutschkenntnisse voraus", RequirementExtractor.withoutExplanation(
                "Da Sie mit Patienten und Ärzten viel kommunizieren und alle Berichte selbst schreiben, setzen wir sehr gute Deutschkenntnisse voraus"));
        assertEquals("you need a full driving licence", RequirementExtractor.withoutExplanation(
                "Since you will drive to our clients every day, you need a full driving licence"));
        assertEquals("As a nurse you need a valid registration", RequirementExtractor.withoutExplanation(
                "As a nurse you need a valid registration"), "no comma: nothing to cut");
        List<Requirement> requirements = extract("Physio am Kanal", "Ihre Aufgaben\n- Behandlung von Patienten\nIhr Profil\n"
                + "Sie haben eine abgeschlossene Ausbildung als Physiotherapeut. Da Sie mit Patienten und Ärzten viel kommunizieren und alle "
                + "Berichte selbst schreiben, setzen wir sehr gute Deutschkenntnisse (mindestens C1) voraus.\nWir bieten\n- 30 Tage Urlaub\n");
        assertTrue(requirements.stream().noneMatch(r -> r.text().contains("Patienten") || r.text().contains("Berichte")), requirements.toString());
        assertTrue(requirements.stream().anyMatch(r -> r.text().contains("Deutschkenntnisse")), requirements.toString());
    }
}
