package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.MatchExplanation;
import io.resumetailor.matching.entity.MissingRequirement;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialCreditTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);
    static final MatchScorer SCORER = MatchScorer.standard();

    static ResumeContent resume(String position, String start, String description, List<String> skills, List<ResumeLanguage> languages) {
        return new ResumeContent(new PersonalInfo("A. Candidate", "a@example.com", null, null, null, null), null,
                List.of(new ExperienceEntry("Northwind", position, start, null, description, null, null)), List.of(), skills, List.of(),
                languages);
    }

    static Requirement must(String id, String text) {
        return new Requirement(id, text, true, "phrase", null, null, Requirement.USER);
    }

    static MissingRequirement missing(MatchExplanation explanation, String id) {
        return explanation.missing().stream().filter(m -> m.requirement().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aLineWithSomeOfTheWordsEarnsAFractionAndSaysWhere() {
        Requirement audits = must("r1", "warehouse inventory audits");
        ResumeContent some = resume("Clerk", "2020-01", "- Counted inventory every month", List.of(), List.of());
        ResumeContent none = resume("Clerk", "2020-01", "- Answered the phone", List.of(), List.of());
        MatchExplanation partly = SCORER.score(List.of(audits), some, NOW);
        MissingRequirement part = missing(partly, "r1");
        assertEquals(0.25, part.coverage(), 1e-9, "one of the two stems full evidence needs, at half weight");
        assertEquals("Counted inventory every month", part.evidence().get(0).text());
        assertEquals("experience.description", part.evidence().get(0).section());
        MatchExplanation nothing = SCORER.score(List.of(audits), none, NOW);
        assertEquals(0, missing(nothing, "r1").coverage());
        assertTrue(missing(nothing, "r1").evidence().isEmpty());
        assertTrue(partly.score() > nothing.score(), partly.score() + " > " + nothing.score());
        assertTrue(partly.matched().isEmpty(), "partial evidence is not a match");
        assertEquals(100 - partly.score(), part.gain());
    }

    @Test
    void fewerYearsThanAskedEarnInProportion() {
        Requirement fiveYears = new Requirement("r1", "intensive care experience", true, "experience", 5, "icu", Requirement.USER);
        ResumeContent twoYears = resume("Staff Nurse, Intensive Care Unit", "2024-11", "- Ventilated patients", List.of(), List.of());
        ResumeContent sixYears = resume("Staff Nurse, Intensive Care Unit", "2020-11", "- Ventilated patients", List.of(), List.of());
        ResumeContent inSkillsOnly = resume("Receptionist", "2015-01", "- Greeted visitors", List.of("Intensive care"), List.of());
        assertEquals(List.of("r1"), SCORER.score(List.of(fiveYears), sixYears, NOW).matched().stream()
                .map(m -> m.requirement().id()).toList());
        double two = missing(SCORER.score(List.of(fiveYears), twoYears, NOW), "r1").coverage();
        double skills = missing(SCORER.score(List.of(fiveYears), inSkillsOnly, NOW), "r1").coverage();
        assertEquals(0.5 + 0.5 * 25 / 57.0, two, 0.011, "25 months of the 57 needed (five years less the slack)");
        assertEquals(0.5, skills, 1e-9, "stated, but in no job");
    }

    @Test
    void aLowerLanguageLevelEarnsTheShareOfTheLevelAsked() {
        Requirement germanC1 = new Requirement("r1", "German C1", true, "language", null, "lang-de", Requirement.USER);
        ResumeContent b1 = resume("Clerk", "2020-01", "- Filed", List.of(), List.of(new ResumeLanguage("German", "B1")));
        ResumeContent c2 = resume("Clerk", "2020-01", "- Filed", List.of(), List.of(new ResumeLanguage("German", "C2")));
        assertEquals(0.5 * 3 / 5.0, missing(SCORER.score(List.of(germanC1), b1, NOW), "r1").coverage(), 0.011);
        assertEquals(1, SCORER.score(List.of(germanC1), c2, NOW).matched().size());
    }

    @Test
    void aProofStillBeingEarnedEarnsHalf() {
        Requirement acca = new Requirement("r1", "ACCA", true, "certification", null, "acca", Requirement.USER);
        ResumeContent student = resume("Accounts Assistant", "2020-01", "- ACCA student, in progress", List.of(), List.of());
        assertEquals(0.5, missing(SCORER.score(List.of(acca), student, NOW), "r1").coverage(), 1e-9);
    }

    @Test
    void partialCoverageAlsoLowersTheCapLess() {
        Requirement a = must("r1", "warehouse inventory audits");
        Requirement b = must("r2", "forklift licence");
        ResumeContent some = resume("Clerk", "2020-01", "- Counted inventory every month\n- Forklift licence holder", List.of(),
                List.of());
        MatchExplanation explanation = SCORER.score(List.of(a, b), some, NOW);
        assertEquals(List.of("r1"), explanation.cap().requirements());
        assertEquals(Math.round(40 + 39 * 1.25 / 2), explanation.cap().score());
        assertTrue(explanation.score() <= explanation.cap().score());
    }

    @Test
    void aLicenceNeedNotSayWhatItIsFor() {
        List<List<String>> cases = List.of(
                List.of("permis B pour les déplacements entre sites", "Technicien de maintenance", "- Maintenance des équipements de la cuisine centrale", "Permis B"),
                List.of("Führerschein Klasse B für Fahrten zu unseren Kunden", "Servicetechniker", "- Wartung der Heizungsanlagen bei den Kunden", "Führerschein Klasse B"),
                List.of("carnet de conducir B para desplazamientos a obra", "Oficial de primera", "- Montaje de estructuras y encofrados en la obra", "Carnet de conducir B"),
                List.of("driving licence for travel between sites", "Maintenance technician", "- Servicing of the kitchen equipment", "Full UK driving licence"));
        for (List<String> one : cases) {
            ResumeContent driver = resume(one.get(1), "2019-01", one.get(2), List.of(one.get(3)), List.of());
            MatchExplanation explanation = SCORER.score(List.of(must("r1", one.get(0))), driver, NOW);
            assertEquals(1, explanation.matched().size(), one.get(0) + ": " + explanation);
        }
        ResumeContent walker = resume("Technicien de maintenance", "2019-01", "- Déplacements entre sites à vélo", List.of(), List.of());
        assertTrue(SCORER.score(List.of(must("r1", "permis B pour les déplacements entre sites")), walker, NOW).matched().isEmpty(),
                "the purpose alone is no licence");
    }

    @Test
    void requiredYearsOfAnyExperienceAreMetByTheYearsOfTheJobs() {
        ResumeContent fiveYears = resume("Дефектоскопист", "2021-06", "- Ультразвуковой контроль сварных швов", List.of(), List.of());
        for (String posting : List.of("Дефектоскопист\nТребуемый опыт работы: 3–6 лет\n",
                "Kommissionierer (m/w/d)\nErforderliche Berufserfahrung: 2 Jahre\n")) {
            List<Requirement> years = RequirementExtractorTest.extract("Nordlicht", posting).stream().filter(r -> r.years() != null).toList();
            assertEquals(1, years.size(), posting + years);
            MatchExplanation explanation = SCORER.score(years, fiveYears, NOW);
            assertEquals(1, explanation.matched().size(), posting + explanation);
        }
    }
}
