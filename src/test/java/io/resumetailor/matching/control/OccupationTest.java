package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.MatchExplanation;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ResumeContent;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupationTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);
    static final MatchScorer SCORER = MatchScorer.standard();

    @Test
    void theJobTitleLosesGenderMarkersAsidesAndWhatFollowsADash() {
        assertEquals("Koch / Köchin als Chef de Partie", JobTitle.occupation("Koch / Köchin als Chef de Partie (m/w/d)"));
        assertEquals("Diseñador Gráfico Semi Senior", JobTitle.occupation("Diseñador/a Gráfico/a Semi Senior – Branding y Packaging"));
        assertEquals("Professeur des écoles", JobTitle.occupation("Professeur(e) des écoles – classe de CE2 (section bilingue)"));
        assertEquals("Développeur Front-End React", JobTitle.occupation("Développeur·se Front-End React (H/F/X)"));
        assertEquals("Steuerfachangestellte", JobTitle.occupation("Steuerfachangestellte:r (m/w/d)"));
        assertEquals("Fleuriste confirmé", JobTitle.occupation("Fleuriste confirmé(e) H/F – CDI 35 h"));
        assertEquals("Réceptionniste tournant", JobTitle.occupation("Réceptionniste tournant(e) F/H – Hôtel 4*"));
        assertEquals("Lagerist", JobTitle.occupation("Lagerist m/w/d, Hamburg"));
        assertEquals("Care Assistant", JobTitle.occupation("Care Assistant M/F"));
        assertEquals("HR/Payroll Officer", JobTitle.occupation("HR/Payroll Officer"));
        assertEquals("Data Analyst", JobTitle.occupation("Data Analyst, Customer Insights"));
        assertEquals("Старший кладовщик", JobTitle.occupation("Старший кладовщик (склад продуктов питания)"));
        assertNull(JobTitle.occupation("  "));
        assertNull(JobTitle.occupation(null));
    }

    @Test
    void theVacancysOccupationIsAMustHaveOfItsOwnLastInTheList() {
        List<Requirement> requirements = RequirementExtractor.standard().extract(NurseFixtures.COMPANY,
                "Critical Care Staff Nurse (Band 6)", NurseFixtures.VACANCY);
        Requirement occupation = requirements.get(requirements.size() - 1);
        assertEquals("occupation", occupation.kind());
        assertEquals("Critical Care Staff Nurse", occupation.text());
        assertTrue(occupation.mustHave());
        assertEquals(1, requirements.stream().filter(r -> r.kind().equals("occupation")).count());
        assertTrue(RequirementExtractor.standard().extract(NurseFixtures.COMPANY, null, NurseFixtures.VACANCY).stream()
                .noneMatch(r -> r.kind().equals("occupation")));
    }

    @Test
    void onlyPositionTitlesEvidenceTheOccupationAndAPartTitleEarnsPart() {
        Requirement nurse = new Requirement("r1", "Critical Care Staff Nurse", true, "occupation", null, null, Requirement.EXTRACTED);
        ResumeContent icu = NurseFixtures.icuNurse();
        MatchExplanation strong = SCORER.score(List.of(nurse), icu, NOW);
        assertEquals(1, strong.matched().size());
        assertEquals("experience.position", strong.matched().get(0).evidence().get(0).section());

        ResumeContent ward = NurseFixtures.wardNurse();
        MatchExplanation partly = SCORER.score(List.of(nurse), ward, NOW);
        assertTrue(partly.matched().isEmpty());
        assertTrue(partly.missing().get(0).coverage() > 0 && partly.missing().get(0).coverage() < 1, partly.toString());
        assertEquals("Staff Nurse, Surgical Ward", partly.missing().get(0).evidence().get(0).text());

        ResumeContent saysItOnlyInTheSummary = new ResumeContent(ward.personalInfo(), "Critical care staff nurse at heart.",
                List.of(new io.resumetailor.resumes.entity.ExperienceEntry("Bank", "Cashier", "2020-01", null, "- Counted cash", null,
                        null)), List.of(), List.of("Critical care staff nurse"), List.of(), List.of());
        assertEquals(0, SCORER.score(List.of(nurse), saysItOnlyInTheSummary, NOW).missing().get(0).coverage());
    }

    @Test
    void anEnglishTitleEvidencesARussianOccupation() {
        Requirement teacher = new Requirement("r1", "Учитель английского языка", true, "occupation", null, null, Requirement.EXTRACTED);
        Requirement lessons = new Requirement("r2", "Опыт преподавания английского языка в школе не менее 3 лет", true, "experience", 3,
                null, Requirement.EXTRACTED);
        ResumeContent english = PartialCreditTest.resume("Teacher of English", "2019-09",
                "- Taught English to grades 7 to 11 at a secondary school", List.of(), List.of());
        MatchExplanation explanation = SCORER.score(List.of(teacher, lessons), english, NOW);
        assertEquals(List.of("r1", "r2"), explanation.matched().stream().map(m -> m.requirement().id()).toList(), explanation.toString());
    }
}
