package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ResumeContent;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The aviation family (synthetic requirements and resumes of our own): a type rating is not
 * typing, and the same concepts are named in the five languages; a requirement that asks for a
 * rank ("senior", "старший") is not met by the plain job.
 */
class AviationAndRankTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);

    static List<String> concepts(String text, Language language) {
        Lexicon lexicon = Lexicon.standard();
        return lexicon.find(lexicon.analysis().analyze(text, language), language).stream().map(found -> found.concept().id()).toList();
    }

    static int matched(Requirement requirement, ResumeContent resume) {
        return MatchScorer.standard().score(List.of(requirement), resume, NOW).matched().size();
    }

    @Test
    void aTypeRatingIsNoTyping() {
        assertTrue(concepts("Embraer E190 type rating on the licence", Language.EN).contains("aircraft-type-rating"));
        assertTrue(!concepts("Embraer E190 type rating on the licence", Language.EN).contains("typing"));
        assertTrue(concepts("audio typing at 60 words per minute", Language.EN).contains("typing"));
    }

    @Test
    void aviationConceptsInEveryLanguage() {
        assertTrue(concepts("Musterberechtigung für die ATR 72", Language.DE).contains("aircraft-type-rating"));
        assertTrue(concepts("habilitación de tipo ATR 72", Language.ES).contains("aircraft-type-rating"));
        assertTrue(concepts("Hôtesse de l'air long-courrier", Language.FR).contains("cabin-crew"));
        assertTrue(concepts("Бортпроводница на региональных рейсах", Language.RU).contains("cabin-crew"));
        assertTrue(concepts("Fluglotse im Tower", Language.DE).contains("air-traffic-control"));
        Requirement engineer = new Requirement("r1", "aircraft maintenance licence", true, "licence", null, "aircraft-maintenance-licence",
                Requirement.USER);
        ResumeContent spanish = PartialCreditTest.resume("Técnico de mantenimiento", "2019-03",
                "- Revisiones en línea de flota regional", List.of("Licencia TMA de mantenimiento, categoría B1.1"), List.of());
        assertEquals(1, matched(engineer, spanish));
        assertTrue(concepts("worked as part of a small team", Language.EN).stream().noneMatch(id -> id.startsWith("aircraft")),
                "the word part is no aviation licence");
    }

    @Test
    void aRankAskedMustBeStated() {
        Requirement senior = new Requirement("r1", "опыт работы старшим бортпроводником", true, "experience", null, "cabin-crew",
                Requirement.USER);
        ResumeContent plain = PartialCreditTest.resume("Бортпроводник", "2019-03", "- Обслуживание пассажиров на рейсах", List.of(),
                List.of());
        ResumeContent purser = PartialCreditTest.resume("Старший бортпроводник", "2019-03", "- Руководство кабинным экипажем",
                List.of(), List.of());
        assertEquals(0, matched(senior, plain));
        assertEquals(1, matched(senior, purser));
        Requirement plainJob = new Requirement("r1", "experience as a flight attendant", true, "experience", null, "cabin-crew",
                Requirement.USER);
        assertEquals(1, matched(plainJob, PartialCreditTest.resume("Senior Flight Attendant", "2019-03", "- Cabin service", List.of(),
                List.of())), "a rank above the one asked still meets it");
    }
}
