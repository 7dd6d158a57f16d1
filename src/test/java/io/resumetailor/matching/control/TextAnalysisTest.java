package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.LexiconNamesTest.concepts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    static final TextAnalysis ANALYSIS = Lexicon.standard().analysis();

    static List<String> stems(String text, Language language) {
        return ANALYSIS.analyze(text, language).terms();
    }

    @Test
    void inflectionsShareAStem() {
        assertEquals(stems("mentoring", Language.EN), stems("mentored", Language.EN));
        assertEquals(stems("Erfahrung", Language.DE), stems("Erfahrungen", Language.DE));
        assertEquals(stems("expérience", Language.FR), stems("experiences", Language.FR));
        assertEquals(stems("conductor", Language.ES), stems("conductores", Language.ES));
        assertEquals(stems("бухгалтером", Language.RU), stems("бухгалтера", Language.RU));
    }

    @Test
    void aRussianVowelThatComesAndGoesLeavesOneStem() {
        assertEquals(stems("закупки", Language.RU), stems("закупок", Language.RU));
        assertEquals(stems("женские стрижки", Language.RU), stems("женских стрижек", Language.RU));
        assertEquals(stems("рынка", Language.RU), stems("рынок", Language.RU));
        assertEquals(stems("продавца", Language.RU), stems("продавец", Language.RU));
        assertEquals(List.of("урок"), stems("уроки", Language.RU)); // a short stem keeps its vowel
    }

    @Test
    void aGermanWordCutBeforeAndOrOrTakesTheHeadOfTheNext() {
        Lexicon lexicon = Lexicon.standard();
        List<String> posting = lexicon.analysis().analyze("Fahrpraxis im Linien- oder Reisebusverkehr", Language.DE).terms();
        assertTrue(posting.containsAll(lexicon.analysis().analyze("Linienverkehr", Language.DE).terms()), posting.toString());
        assertTrue(lexicon.analysis().analyze("Kranken- und Altenpflege", Language.DE).terms()
                .containsAll(lexicon.analysis().analyze("Krankenpflege", Language.DE).terms()));
        assertEquals(List.of("ausbau"), lexicon.analysis().analyze("Ein- und Ausbau", Language.DE).terms()); // no known head: as written
    }

    @Test
    void aFrenchLicenceKeepsItsClassesCAndD() {
        // French drops "c" and "d" as the elided "c'" and "d'": "permis C" was "permis", and "Permis B" met it
        assertEquals(Set.of("driving-licence-b"), concepts("Permis B", Language.FR));
        assertEquals(Set.of("licence-c"), concepts("Permis C exigé", Language.FR));
        assertEquals(Set.of("licence-c"), concepts("permis (C)", Language.FR));
        assertTrue(concepts("Permis C ou D", Language.FR).containsAll(Set.of("licence-c", "licence-d")));
        assertTrue(concepts("Permis de conduire : B, C", Language.FR).containsAll(Set.of("driving-licence-b", "licence-c")));
        assertEquals(Set.of("licence-d"), concepts("permis catégorie D", Language.FR));
        assertFalse(concepts("Agent de catégorie C de la fonction publique", Language.FR).contains("licence-c")); // a grade
        assertEquals(List.of("appel", "client"), stems("l'appel d'un client", Language.FR)); // elisions still go
    }

    @Test
    void wordsOfAnotherLanguagesColumnDoNotMeetTheirEnglishStem() {
        // the German "Controlling" read as English was "control", and "check-in" without its stop word was "check"
        assertFalse(concepts("lockout/tagout (LOTO) and hazardous energy control", Language.EN).contains("budgeting"));
        assertFalse(concepts("vacuum systems, including helium leak checking", Language.EN).contains("front-office"));
        assertTrue(concepts("front desk, check-in and check-out", Language.EN).contains("front-office"));
        assertTrue(concepts("Controlling und Berichtswesen", Language.DE).contains("management-accounting"));
        assertTrue(concepts("cost control", Language.EN).contains("budgeting"));
    }

    @Test
    void stopWordsAndNumbersGo() {
        assertEquals(List.of(), stems("the and of 2024", Language.EN));
        assertEquals(List.of(), stems("und der die", Language.DE));
    }

    @Test
    void acronymsAreKeptApartFromWords() {
        assertEquals(List.of("_als"), stems("ALS", Language.DE));
        assertTrue(stems("als Pflegekraft", Language.DE).stream().noneMatch(s -> s.contains("als")));
        assertFalse(stems("STAFF NURSE INTENSIVE CARE", Language.EN).contains("_staff"));
    }

    @Test
    void germanCompoundsAddTheirParts() {
        List<String> compound = stems("Intensivpflege", Language.DE);
        assertTrue(compound.containsAll(stems("Intensiv Pflege", Language.DE)), compound.toString());
    }

    @Test
    void symbolsSurviveTokenisation() {
        assertEquals(List.of("cplusplus"), stems("C++", Language.EN));
        assertEquals(List.of("csharp"), stems("C#", Language.EN));
    }

    @Test
    void languageIsDetected() {
        assertEquals(Language.DE, LanguageDetection.detect("Wir suchen eine erfahrene Pflegefachkraft für unsere Intensivstation.", Language.EN));
        assertEquals(Language.FR, LanguageDetection.detect("Nous recherchons un comptable expérimenté pour notre cabinet à Lyon.", Language.EN));
        assertEquals(Language.ES, LanguageDetection.detect("Buscamos un conductor profesional con experiencia en transporte internacional.", Language.EN));
        assertEquals(Language.RU, LanguageDetection.detect("Требуется бухгалтер", Language.EN));
        assertEquals(Language.EN, LanguageDetection.detect("We are looking for an experienced nurse for our intensive care unit.", Language.DE));
        assertEquals(Language.FR, LanguageDetection.detect("Java", Language.FR));
    }

    @Test
    void lexiconHasItsBreadth() {
        Lexicon lexicon = Lexicon.standard();
        assertTrue(lexicon.families().size() >= 25, lexicon.families().toString());
        assertTrue(lexicon.size() >= 250);
    }
}
