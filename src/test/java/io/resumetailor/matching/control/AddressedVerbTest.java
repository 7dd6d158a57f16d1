package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requirements written as sentences to the reader (synthetic postings of our own): "Sie haben ...",
 * "du beherrschst ...", "vous maîtrisez ...", "вы владеете ..." lose the verb that opens them, not the
 * thing asked.
 */
class AddressedVerbTest {

    static final Lexicon LEXICON = Lexicon.standard();

    @Test
    void dropsTheVerbOfALineThatAddressesTheReader() {
        // with the verb gone, the lead-in behind it ("Erfahrung in der") is stripped as in any phrase
        assertEquals("Lohnbuchhaltung", PhraseGrammar.withoutAddressedVerb("haben Erfahrung in der Lohnbuchhaltung",
                "Sie haben Erfahrung in der Lohnbuchhaltung.", Language.DE, LEXICON));
        assertEquals("sicher im Umgang mit Dauerwellen", PhraseGrammar.withoutAddressedVerb("bist sicher im Umgang mit Dauerwellen",
                "Du bist sicher im Umgang mit Dauerwellen.", Language.DE, LEXICON));
        assertEquals("normes de sécurité incendie", PhraseGrammar.withoutAddressedVerb("maîtrisez les normes de sécurité incendie",
                "Vous maîtrisez les normes de sécurité incendie.", Language.FR, LEXICON));
        assertEquals("программой складского учета", PhraseGrammar.withoutAddressedVerb("владеете программой складского учета",
                "Вы владеете программой складского учета.", Language.RU, LEXICON));
    }

    @Test
    void keepsWordsOfLinesThatAddressNobodyAndNamesThatNeedTheVerb() {
        assertEquals("stationären Langzeitpflege", PhraseGrammar.withoutAddressedVerb("stationären Langzeitpflege",
                "Berufserfahrung in der stationären Langzeitpflege", Language.DE, LEXICON));
        assertEquals("First aid certificate", PhraseGrammar.withoutAddressedVerb("First aid certificate",
                "You hold a First aid certificate", Language.EN, LEXICON));
        String drawings = PhraseGrammar.withoutAddressedVerb("Sie lesen technische Zeichnungen sicher",
                "Sie lesen technische Zeichnungen sicher.", Language.DE, LEXICON);
        assertTrue(drawings.startsWith("lesen"), "the verb names the skill, reading drawings: " + drawings);
    }

    @Test
    void theExtractedRequirementIsTheThingAsked() {
        List<Requirement> requirements = RequirementExtractor.standard().extract("Nordlicht GmbH", null,
                "Dein Profil:\n- Du beherrschst moderne Schnitttechniken für Damen und Herren\n- Du hast einen Führerschein Klasse B");
        assertTrue(requirements.stream().anyMatch(r -> r.text().startsWith("moderne Schnitttechniken")),
                requirements.stream().map(Requirement::text).toList().toString());
    }
}
