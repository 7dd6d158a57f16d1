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
        // holdout26: the German "da" after the comma, the Spanish "como" opening the sentence
        assertEquals("Sie brauchen den Führerschein Klasse B", RequirementExtractor.withoutExplanation(
                "Sie brauchen den Führerschein Klasse B, da Sie auch mit dem Dienstfahrzeug unterwegs sind"));
        assertEquals("a veces tendrás que mover una furgoneta", RequirementExtractor.withoutExplanation(
                "Como muchos eventos son fuera de Madrid, a veces tendrás que mover una furgoneta"));
    }

    @Test
    void aGermanClauseWithoutANounAsksNothing() {
        assertTrue(!RequirementExtractor.namesSomething("wer diese noch nicht mitbringt"));
        assertTrue(!RequirementExtractor.namesSomething("Wird leider nicht berücksichtigt"));
        assertTrue(RequirementExtractor.namesSomething("sicherer Umgang mit MS Office"));
        assertTrue(RequirementExtractor.namesSomething("Führerschein Klasse B"));
        assertTrue(RequirementExtractor.namesSomething("mindestens 2 Jahre"));
        List<Requirement> requirements = extract("Stadt Nordheim", "Ihr Profil\n"
                + "Sie haben eine abgeschlossene Berufsausbildung, gleich in welchem Bereich. Ein Führerschein der Klasse B ist Pflicht; "
                + "wer diese noch nicht mitbringt, wird leider nicht berücksichtigt.\n");
        assertTrue(requirements.stream().noneMatch(r -> r.text().contains("mitbringt") || r.text().contains("berücksichtigt")),
                requirements.toString());
        assertTrue(requirements.stream().anyMatch(r -> r.text().contains("Berufsausbildung")), requirements.toString());
    }

    @Test
    void aReasonAfterTheRequirementAndAnEqualOpportunityStatementAreNoRequirements() {
        List<Requirement> requirements = extract("Harbourline Scaffolding", """
                Advanced Scaffolder
                To be successful you'll need to hold a High Risk Work Licence for scaffolding at Advanced level. A current Working at \
                Heights ticket and a current driver's licence are also required, as crews travel from the yard to site in company utes.
                Spanish is a plus, as many of our clients are Spanish speakers.

                Other
                - Full UK driving licence and access to a vehicle for work purposes
                - We are a Disability Confident Employer and welcome applications from people from all backgrounds, including \
                candidates who are under-represented in our workforce.
                - Schwerbehinderte Bewerber/innen werden bei gleicher Eignung bevorzugt berücksichtigt.
                """);
        assertTrue(requirements.stream().noneMatch(r -> r.text().contains("crews") || r.text().contains("utes") || r.text().contains("clients")),
                requirements.toString());
        assertTrue(requirements.stream().anyMatch(r -> r.text().contains("Working at Heights")), requirements.toString());
        assertTrue(requirements.stream().noneMatch(r -> r.text().contains("Disability") || r.text().contains("backgrounds")
                || r.text().contains("represented") || r.text().contains("Schwerbehinderte")), requirements.toString());
    }
}
