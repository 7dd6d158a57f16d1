package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Degrees listed as alternatives share the last one's subject (synthetic requirements of our own):
 * "Bachelor, Master or Doctor of Nursing" asks for a nursing degree at any of three levels, not for
 * any bachelor's degree; a word of the requirement that is not part of its concept's name ("BE" of
 * "Führerschein BE") must be stated too.
 */
class DegreeSubjectTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void givesTheSubjectToEachDegree() {
        Lexicon lexicon = Lexicon.standard();
        assertEquals(List.of("Bachelor of Nursing", "Master of Nursing", "Doctor of Nursing"),
                RequirementForms.withSharedSubject(List.of("Bachelor", " Master", "Doctor of Nursing"), Language.EN, lexicon));
        assertEquals(List.of("Licence en droit", "Master en droit"),
                RequirementForms.withSharedSubject(List.of("Licence", "Master en droit"), Language.FR, lexicon));
        assertEquals(List.of("Grado en Química", "Máster en Química"),
                RequirementForms.withSharedSubject(List.of("Grado", "Máster en Química"), Language.ES, lexicon));
    }

    @Test
    void leavesOtherAlternativesAlone() {
        Lexicon lexicon = Lexicon.standard();
        List<String> tools = List.of("Java", "Kotlin", "experience in Scala");
        assertEquals(tools, RequirementForms.withSharedSubject(tools, Language.EN, lexicon));
        List<String> plain = List.of("Bachelor", "Master");
        assertEquals(plain, RequirementForms.withSharedSubject(plain, Language.EN, lexicon));
    }

    @Test
    void aBachelorInAnotherFieldDoesNotMeetIt() {
        Requirement degree = new Requirement("r1", "Bachelor, Master or Doctor of Nursing", true, "education", null,
                "degree-bachelor", Requirement.USER);
        MatchScorer scorer = MatchScorer.standard();
        assertTrue(scorer.score(List.of(degree), resume("Bachelor of Business Administration", "Business"), NOW).matched().isEmpty());
        assertEquals(1, scorer.score(List.of(degree), resume("Bachelor of Nursing", "Nursing"), NOW).matched().size());
        assertEquals(1, scorer.score(List.of(degree), resume("Master of Nursing", "Nursing"), NOW).matched().size());
    }

    @Test
    void aDegreeInASubjectNeedsTheSubjectAQualifierDoesNot() {
        MatchScorer scorer = MatchScorer.standard();
        String analyst = "- Análisis de muestras en el laboratorio y redacción de informes para los clientes de la empresa";
        Requirement chemistry = new Requirement("r1", "Grado en Química", true, "education", null, "degree-bachelor", Requirement.USER);
        assertTrue(scorer.score(List.of(chemistry), resume("Grado en Administración de Empresas", "Empresas", analyst), NOW)
                .matched().isEmpty());
        assertEquals(1, scorer.score(List.of(chemistry), resume("Grado en Química", "Química", analyst), NOW).matched().size());
        Requirement technical = new Requirement("r1", "высшее техническое образование", true, "education", null, "degree-bachelor",
                Requirement.USER);
        assertEquals(1, scorer.score(List.of(technical), resume("Бакалавр", "Информатика",
                "- Администрирование серверов и сетей компании, поддержка пользователей"), NOW).matched().size(),
                "an adjective without a linking word is no subject");
    }

    @Test
    void aWordOfTheRequirementOutsideItsConceptsNameMustBeStated() {
        MatchScorer scorer = MatchScorer.standard();
        Requirement licence = new Requirement("r1", "Führerschein BE", true, "licence", null, "driving-licence-b", Requirement.USER);
        ResumeContent carOnly = PartialCreditTest.resume("Lagerarbeiter", "2020-01",
                "- Kommissionierung und Verladung im Lager, Fahrten mit dem Transporter", List.of("Führerschein B"), List.of());
        ResumeContent truck = PartialCreditTest.resume("Berufskraftfahrer", "2020-01",
                "- Fernverkehr mit Sattelzug in ganz Deutschland, Be- und Entladung", List.of("Führerschein BE"), List.of());
        assertTrue(scorer.score(List.of(licence), carOnly, NOW).matched().isEmpty(), "a B licence is not a BE licence");
        assertEquals(1, scorer.score(List.of(licence), truck, NOW).matched().size());
    }

    static ResumeContent resume(String degree, String field) {
        return resume(degree, field, "- Helped the team");
    }

    static ResumeContent resume(String degree, String field, String description) {
        return new ResumeContent(new PersonalInfo("A. Candidate", "a@example.com", null, null, null, null), null,
                List.of(new ExperienceEntry("Northwind", "Assistant", "2021-01", null, description, null, null)),
                List.of(new EducationEntry("State University", degree, field, "2016-09", "2020-06")), List.of(), List.of(),
                List.of());
    }
}
