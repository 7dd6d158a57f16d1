package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.MatchExplanation;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A resume's wishes and plans are no evidence (synthetic sentences of our own): the words after
 * "looking to", "je souhaite", "möchte", "quiero", "хочу" name what the candidate lacks.
 */
class AspirationsTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void keepsWhatComesBeforeAWishInFiveLanguages() {
        assertEquals("Warehouse operative for four years, ",
                Aspirations.stated("Warehouse operative for four years, looking to move into payroll administration."));
        assertEquals("Vendeur en magasin depuis deux ans, ",
                Aspirations.stated("Vendeur en magasin depuis deux ans, je souhaite évoluer vers la comptabilité."));
        assertEquals("Fliesenleger, ", Aspirations.stated("Fliesenleger, möchte mich im Trockenbau weiterentwickeln."));
        assertEquals("Camarera con tres años de experiencia; ",
                Aspirations.stated("Camarera con tres años de experiencia; quiero trabajar en recepción de hotel."));
        assertEquals("Кладовщик, ", Aspirations.stated("Кладовщик, хочу перейти в закупки."));
        assertEquals("I'm ", Aspirations.stated("I'm keen to learn welding."), "the pronoun is left, a stop word");
    }

    @Test
    void leavesFactsAlone() {
        for (String fact : List.of("Built a machine learning pipeline for fraud alerts", "Ran e-learning courses for 300 staff",
                "Préparation des commandes et réception des livraisons", "Ich suchte und fand Lieferanten in Asien",
                "Организовала обучение персонала")) {
            assertEquals(fact, Aspirations.stated(fact));
        }
    }

    @Test
    void aSummaryThatOnlyAimsAtASkillDoesNotEvidenceIt() {
        Requirement payroll = new Requirement("r1", "payroll administration", true, "skill", null, null, Requirement.USER);
        MatchScorer scorer = MatchScorer.standard();
        MatchExplanation aims = scorer.score(List.of(payroll), resume(
                "Retail assistant with five years on the shop floor, looking to move into payroll administration.",
                "Shop Assistant", "- Served customers and handled the till"), NOW);
        MatchExplanation does = scorer.score(List.of(payroll), resume(
                "Payroll administrator for five years, looking to lead a small team.", "Payroll Administrator",
                "- Ran the monthly payroll for 400 staff"), NOW);
        assertTrue(aims.matched().isEmpty(), "a wish is no evidence");
        assertEquals(1, does.matched().size());
        assertTrue(does.matched().get(0).evidence().stream().anyMatch(e -> e.section().equals("summary")),
                "the words before the wish still count, and the evidence points at the whole sentence");
    }

    @Test
    void aPlanInAnotherLanguageIsNoEvidenceEither() {
        Requirement accounting = new Requirement("r1", "Buchhaltung", true, "skill", null, null, Requirement.USER);
        MatchExplanation aims = MatchScorer.standard().score(List.of(accounting), resume(
                "Verkäuferin im Einzelhandel. Ich möchte in die Buchhaltung wechseln.", "Verkäuferin", "- Kasse und Kundenberatung"), NOW);
        assertTrue(aims.matched().isEmpty());
    }

    static ResumeContent resume(String summary, String position, String description) {
        return new ResumeContent(new PersonalInfo("A. Candidate", "a@example.com", null, null, null, null), summary,
                List.of(new ExperienceEntry("Northwind", position, "2021-01", null, description, null, null)), List.of(), List.of(),
                List.of(), List.of());
    }
}
