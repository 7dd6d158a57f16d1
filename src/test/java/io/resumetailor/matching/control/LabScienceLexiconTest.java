package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.FalseEvidenceTest.coverage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.MatchExplanation;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laboratory techniques are concepts of their own in the five languages (PCR, primer design, cell culture,
 * sequencing, genome editing, western blot, chromatography), not one "laboratory techniques" concept that lets any
 * technique evidence any other; a research post's title is a concept too, met by a title in another language; a
 * Russian "лаборатория" alone is not a clinical laboratory; a doctoral student holds no doctorate yet. Synthetic lines of our own.
 */
class LabScienceLexiconTest {

    @Test
    void aTechniqueIsEvidencedByItsNameInAnotherLanguageAndByNoOtherTechnique() {
        assertEquals(1, coverage("ПЦР в реальном времени", null, "Biologist", "- Echtzeit-PCR zur Genexpressionsanalyse"), 1e-9);
        assertEquals(1, coverage("real-time PCR", null, "Biólogo", "- PCR en tiempo real con sondas TaqMan"), 1e-9);
        assertEquals(1, coverage("culture cellulaire", null, "Research Technician", "- Maintained cell lines and primary cell cultures"), 1e-9);
        assertEquals(1, coverage("дизайн праймеров", null, "Biologist", "- Primer design for qPCR assays"), 1e-9);
        assertEquals(0, coverage("Zellkultur", null, "Chemist", "- HPLC and GC-MS analyses of raw materials\n- qPCR on extracted DNA"), 1e-9);
        assertEquals(0, coverage("cultivo celular", null, "Analyst", "- Western blot and ELISA of serum samples"), 1e-9);
        assertEquals(0, coverage("chromatography", null, "Technician", "- Sequencing library preparation on Illumina"), 1e-9);
    }

    @Test
    void aResearchPostIsMetByATitleInAnotherLanguageButNotByAClinicalResearchAssociate() {
        Requirement post = new Requirement("r1", "Научный сотрудник", true, RequirementExtractor.OCCUPATION, null, null, Requirement.EXTRACTED);
        assertEquals(1, occupationCoverage(post, "Postdoctoral Researcher"), 1e-9);
        assertEquals(1, occupationCoverage(post, "Wissenschaftlicher Mitarbeiter"), 1e-9);
        assertTrue(occupationCoverage(post, "Clinical Research Associate") < 1);
    }

    @Test
    void aResearchLaboratoryIsNotAClinicalOne() {
        assertTrue(coverage("опыт работы в научной лаборатории", null, "Биолог", "- Биолог клинической лаборатории, анализы крови") < 1);
        assertTrue(coverage("laboratory experience in a research institute", null, "Biomedical Scientist",
                "- Clinical laboratory: blood counts and urinalysis") < 1);
    }

    @Test
    void aDoctoralStudentHoldsNoDoctorateYet() {
        Requirement phd = new Requirement("r1", "PhD in molecular biology", true, "education", null, "degree-phd", Requirement.USER);
        for (String line : List.of("- PhD student in molecular biology, thesis on gene regulation",
                "- Doktorand in Molekularbiologie", "- Аспирант, молекулярная биология, диссертация к защите")) {
            ResumeContent resume = PartialCreditTest.resume("Lab member", "2021-01", line, List.of(), List.of());
            assertTrue(FalseEvidenceTest.SCORER.score(List.of(phd), resume, FalseEvidenceTest.NOW).matched().isEmpty(), line);
        }
        ResumeContent doctor = PartialCreditTest.resume("Postdoc", "2021-01", "- PhD in molecular biology (2020)", List.of(), List.of());
        assertEquals(1, FalseEvidenceTest.SCORER.score(List.of(phd), doctor, FalseEvidenceTest.NOW).matched().size());
    }

    static double occupationCoverage(Requirement post, String title) {
        ResumeContent resume = PartialCreditTest.resume(title, "2020-01", "- Experiments and reports", List.of(), List.of());
        MatchExplanation explanation = FalseEvidenceTest.SCORER.score(List.of(post), resume, FalseEvidenceTest.NOW);
        return explanation.matched().isEmpty() ? PartialCreditTest.missing(explanation, "r1").coverage() : 1;
    }
}
