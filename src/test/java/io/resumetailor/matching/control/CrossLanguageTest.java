package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.MatchExplanation;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ResumeContent;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossLanguageTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);
    static final MatchScorer SCORER = MatchScorer.standard();

    static Requirement must(String id, String text) {
        return new Requirement(id, text, true, "phrase", null, null, Requirement.USER);
    }

    static ResumeContent english(String position, String description) {
        return PartialCreditTest.resume(position, "2018-01", description, List.of(), List.of());
    }

    static List<String> matched(MatchExplanation explanation) {
        return explanation.matched().stream().map(m -> m.requirement().id()).toList();
    }

    @Test
    void aRussianRequirementIsEvidencedByAnEnglishResumeThroughTheGlossary() {
        List<Requirement> asked = List.of(must("r1", "Работа с клиентами и поставщиками"), must("r2", "Ведение отчётности"),
                must("r3", "Опыт преподавания в школе"));
        ResumeContent teacher = english("Teacher of English", "- Taught lessons at a secondary school\n"
                + "- Prepared monthly reports for the head of department\n- Kept in touch with customers and suppliers");
        ResumeContent unrelated = english("Gardener", "- Mowed lawns and planted trees");
        assertEquals(List.of("r1", "r2", "r3"), matched(SCORER.score(asked, teacher, NOW)));
        assertEquals(List.of(), matched(SCORER.score(asked, unrelated, NOW)));
    }

    @Test
    void professionsOutsideOfficeWorkAreNamedInEveryLanguage() {
        List<Requirement> asked = List.of(must("r1", "Опыт работы геологом на разведке"), must("r2", "Опыт работы психологом"));
        ResumeContent geologist = english("Exploration Geologist", "- Logged core and mapped trenches for a gold exploration project");
        ResumeContent teacher = english("Teacher of English", "- Taught lessons at a secondary school");
        assertEquals(List.of("r1"), matched(SCORER.score(asked, geologist, NOW)));
        assertEquals(List.of(), matched(SCORER.score(asked, teacher, NOW)));
    }

    @Test
    void aGermanRequirementMeetsAnEnglishLineAndTheSameLanguageNeedsNoGlossary() {
        List<Requirement> asked = List.of(must("r1", "Erfahrung in der Buchhaltung und im Zahlungsverkehr"),
                must("r2", "Führung eines Teams"));
        ResumeContent bookkeeper = english("Bookkeeper", "- Bookkeeping and payments for twelve companies\n- Led a team of four");
        assertEquals(List.of("r1", "r2"), matched(SCORER.score(asked, bookkeeper, NOW)));
        assertEquals(Language.DE, MatchScorer.language(asked, Language.EN));
    }

    @Test
    void theGlossaryGivesOneTokenPerMeaningInEveryLanguage() {
        Glossary glossary = Glossary.standard();
        TextAnalysis analysis = Lexicon.standard().analysis();
        String en = glossary.token(analysis.analyze("customers", Language.EN).terms().get(0), Language.EN);
        for (var entry : java.util.Map.of(Language.DE, "Kunden", Language.FR, "clients", Language.ES, "clientes", Language.RU, "клиентами")
                .entrySet()) {
            String token = glossary.token(analysis.analyze(entry.getValue(), entry.getKey()).terms().get(0), entry.getKey());
            assertTrue(token.startsWith(Glossary.MARK) && Glossary.meets(token, glossary.keys(List.of(en.substring(1)), Language.EN).isEmpty()
                    ? java.util.Set.of("customer") : java.util.Set.of("customer")), entry + " gave " + token);
        }
        assertEquals("zzzproduct", glossary.token("zzzproduct", Language.EN), "unknown stems stay");
    }

    @Test
    void withinOneLanguageASynonymOfTheGlossaryIsOnlyPartialEvidence() {
        List<Requirement> asked = List.of(must("r1", "Planung der Touren"));
        ResumeContent german = PartialCreditTest.resume("Disponent", "2018-01", "- Disposition der Touren für zwölf Fahrer im Nahverkehr", List.of(), List.of());
        MatchExplanation explanation = SCORER.score(asked, german, NOW);
        assertEquals(List.of(), matched(explanation));
        assertEquals(0.5, explanation.missing().get(0).coverage(), 1e-9);
        assertEquals("Disposition der Touren für zwölf Fahrer im Nahverkehr", explanation.missing().get(0).evidence().get(0).text());
    }
}
