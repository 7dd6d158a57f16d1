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

    /**
     * A US school district's "ESSENTIAL FUNCTIONS" and APEC's "Descriptif du poste" list duties; Computrabajo's outro names
     * the recruiter after "Lic." and states that the employer does not discriminate; the age range is no qualification.
     */
    @Test
    void dutyHeadingsTheRecruitersTitleAndTheNonDiscriminationStatementGiveNoRequirement() {
        List<Requirement> english = extract("Cedar Valley Community School District", """
                ESSENTIAL FUNCTIONS
                - Conducts screenings and comprehensive speech and language evaluations; writes evaluation reports
                - Supervises SLP assistants and graduate clinicians as assigned
                MINIMUM QUALIFICATIONS
                - Master's degree in Speech-Language Pathology
                - Working knowledge of IDEA and the IEP process
                Cedar Valley Community School District does not discriminate on the basis of race, color, disability or age.
                """);
        assertTrue(anyMentions(english, "Speech-Language Pathology"), english.toString());
        assertNone(english, "screenings", "evaluation reports", "assistants", "disability");
        List<Requirement> french = extract("Électromécanique du Beaujolais", """
                Descriptif du poste
                Rattaché(e) au Responsable Achats du site, vous pilotez un portefeuille d'achats de pièces usinées.
                - Négocier les prix et les contrats-cadres
                Profil recherché
                Vous maîtrisez un ERP et Excel.
                """);
        assertTrue(anyMentions(french, "ERP"), french.toString());
        assertNone(french, "Rattaché", "portefeuille", "contrats-cadres");
        List<Requirement> spanish = extract("Grupo Industrial Sierra Madre", """
                Requisitos:
                - Licenciatura en Administración de Empresas
                - Inglés avanzado
                Edad: 28 a 45 años.
                Palabras clave: asistente ejecutiva, secretaria de dirección, bilingüe
                Postúlate a través de Computrabajo con atención a la Lic. Mariana Treviño Garza, Gerente de Talento. Somos una \
                empresa incluyente que no discrimina por motivo de género, religión, discapacidad u orientación sexual.
                """);
        assertTrue(anyMentions(spanish, "Administración de Empresas"), spanish.toString());
        assertNone(spanish, "Edad", "Mariana", "Gerente de Talento", "discapacidad", "secretaria de dirección");
    }
}
