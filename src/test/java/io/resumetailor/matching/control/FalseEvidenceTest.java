package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.MatchExplanation;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ResumeContent;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * False evidence a user trial found (synthetic texts of our own): a product name met by a word its
 * stem shares ("excellent" for Excel), a product met by the generic head word around it
 * ("application" for "Sage accounting software", "logiciel Sage"), and a broader kind of a skill
 * taken for the kind asked ("Non-invasive ventilation" for "mechanical ventilation").
 */
class FalseEvidenceTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);
    static final MatchScorer SCORER = MatchScorer.standard();

    /** The coverage of one requirement (asked as the extractor would, with or without its concept) by a one-job resume. */
    static double coverage(String requirement, String concept, String position, String description) {
        Requirement asked = new Requirement("r1", requirement, true, "skill", null, concept, Requirement.USER);
        ResumeContent resume = PartialCreditTest.resume(position, "2020-01", description, List.of(), List.of());
        MatchExplanation explanation = SCORER.score(List.of(asked), resume, NOW);
        return explanation.matched().isEmpty() ? PartialCreditTest.missing(explanation, "r1").coverage() : 1;
    }

    static final String CARER = "- Care assistant with excellent bedside manner\n- Supported residents with personal care and meals";
    static final String MENTOR = "- High mentoring ability with excellent communication\n- Coached new starters in the team every week";

    @Test
    void excellentIsNoEvidenceForExcel() {
        for (String concept : new String[] {null, "excel"}) {
            assertEquals(0, coverage("Advanced Microsoft Excel skills", concept, "Care Assistant", CARER), 1e-9, "concept " + concept);
        }
        for (String concept : new String[] {null, "ms-excel-advanced", "excel"}) {
            assertEquals(0, coverage("Excel (tableaux croisés dynamiques)", concept, "Team Lead", MENTOR), 1e-9, "concept " + concept);
        }
        assertEquals(1, coverage("Advanced Microsoft Excel skills", "excel", "Analyst", "- Built pivot tables and VLOOKUP reports in Excel"));
        assertEquals(1, coverage("Advanced Microsoft Excel skills", "excel", "Analyst", "- Maintained Excel's monthly budget workbook"));
    }

    @Test
    void applicationIsNoEvidenceForANamedProduct() {
        String nurse = "- Application of dressings to post-operative wounds\n- Monitored vital signs on a surgical ward";
        String fundraiser = "- Developed applications for funding to local trusts\n- Organised volunteers for events";
        String developer = "- Application Development / Application Maintenance\n- Wrote unit tests for the billing service";
        for (String concept : new String[] {null, "accounting-software-sme"}) {
            assertEquals(0, coverage("Sage 50 accounting software", concept, "Staff Nurse", nurse), 1e-9);
            assertEquals(0, coverage("Sage 50 accounting software", concept, "Fundraiser", fundraiser), 1e-9);
            assertEquals(0, coverage("Maîtrise du logiciel Sage", concept, "Software Developer", developer), 1e-9);
            assertEquals(0, coverage("Maîtrise du logiciel Sage", concept, "Développeur",
                    "- Développement d'applications / maintenance applicative\n- Tests unitaires du service de facturation"), 1e-9);
        }
        assertEquals(1, coverage("Sage 50 accounting software", "accounting-software-sme", "Bookkeeper", "- Bookkeeping in Sage 50 for three clients"));
        assertEquals(1, coverage("Maîtrise du logiciel Sage", "accounting-software-sme", "Comptable", "- Saisie comptable sur Sage 50 et tenue de la paie sur Sage"));
    }

    @Test
    void anotherKindOfVentilationIsPartialEvidenceOnly() {
        double nonInvasive = coverage("mechanical ventilation", "ventilation", "Staff Nurse", "- Non-invasive ventilation");
        assertTrue(nonInvasive > 0 && nonInvasive < 1, "partial, not full: " + nonInvasive);
        assertEquals(1, coverage("mechanical ventilation", "ventilation", "Staff Nurse", "- Cared for ventilated patients"));
        assertEquals(1, coverage("mechanical ventilation", "ventilation", "Staff Nurse", "- Mechanical ventilation of ICU patients"));
    }
}
