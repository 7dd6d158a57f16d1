package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.OfferHeadingTest.anyMentions;
import static io.resumetailor.matching.control.OfferHeadingTest.assertNone;
import static io.resumetailor.matching.control.RequirementExtractorTest.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How to apply, written in the outro without a heading and with a marker of obligation ("Applications must
 * include a cover letter", "Ihre vollständigen Unterlagen müssen ... eingegangen sein", "Es imprescindible
 * adjuntar el currículum"), is never a requirement; nor a reference check the employer runs. A requirement that
 * merely shares a word ("web applications") stays. Synthetic postings of our own.
 */
class ApplicationLinesTest {

    @Test
    void applicationInstructionsAreNoRequirements() {
        List<Requirement> english = extract("Bayside Disability Services", """
                Requirements
                - Certificate III in Individual Support
                - Current First Aid certificate

                Applications must be submitted through our careers portal by 30 June and must include a cover letter.
                Candidates must be willing to undergo a reference check.
                """);
        assertTrue(anyMentions(english, "Individual Support"), english.toString());
        assertNone(english, "portal", "cover letter", "reference check");
        List<Requirement> german = extract("Markt Schneider KG", """
                Ihr Profil
                - Abgeschlossene Ausbildung als Kaufmann/-frau im Einzelhandel
                - Kassenerfahrung

                Ihre vollständigen Unterlagen (Lebenslauf, Zeugnisse) müssen bis zum 15.08. bei uns eingegangen sein.
                """);
        assertNone(german, "Unterlagen", "Lebenslauf");
        List<Requirement> spanish = extract("Residencia Los Olivos", """
                Requisitos
                - Título de Técnico en Cuidados Auxiliares de Enfermería
                - Experiencia en residencias

                Es imprescindible adjuntar el currículum actualizado y una fotografía reciente.
                """);
        assertNone(spanish, "currículum", "fotografía");
    }

    @Test
    void aRequirementThatSharesAWordStays() {
        List<Requirement> requirements = extract("Northwind Software", """
                Requirements
                - Experience building web applications with Spring Boot
                - Must have reviewed grant applications for a research funder
                """);
        assertTrue(anyMentions(requirements, "web applications"), requirements.toString());
        assertTrue(anyMentions(requirements, "grant applications"), requirements.toString());
    }
}
