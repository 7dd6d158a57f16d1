package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A learned word spelt the way another language spells it is the same word (synthetic
 * requirements and resumes of our own): a Spanish requirement in "Fisioterapia" meets an English
 * "physiotherapy" line, a German "Archäologie" an English "archaeology"; a German compound built on
 * an English word ("Kontaktlinsenanpassung" on "contact") is not that word.
 */
class CognatesTest {

    @Test
    void spellingsOfOneWordShareAKey() {
        assertEquals(Cognates.key("fisioterap"), Cognates.key("physiotherap"));
        assertEquals(Cognates.key("arqueolog"), Cognates.key("archaeolog"));
        assertEquals(Cognates.key("fotovoltaik"), Cognates.key("photovoltaic"));
        assertNotEquals(Cognates.key("kontrol"), Cognates.key("kontakt"));
        assertEquals("антрополог", Cognates.key("антрополог"), "Cyrillic stays as it is");
    }

    @Test
    void aRequirementInAnotherLanguageMeetsTheCognate() {
        List<Requirement> asked = List.of(CrossLanguageTest.must("r1", "Experiencia en fisioterapia deportiva"),
                CrossLanguageTest.must("r2", "Conocimientos de arqueología"));
        ResumeContent physio = CrossLanguageTest.english("Physiotherapist",
                "- Sports physiotherapy for a semi-professional football club\n- Volunteer on an archaeology dig in Wessex");
        ResumeContent driver = CrossLanguageTest.english("Delivery Driver", "- Delivered parcels across the county");
        assertEquals(List.of("r1", "r2"), CrossLanguageTest.matched(CrossLanguageTest.SCORER.score(asked, physio, CrossLanguageTest.NOW)));
        assertEquals(List.of(), CrossLanguageTest.matched(CrossLanguageTest.SCORER.score(asked, driver, CrossLanguageTest.NOW)));
    }

    @Test
    void aCompoundBuiltOnAWordIsNotThatWord() {
        List<Requirement> asked = List.of(CrossLanguageTest.must("r1", "Erfahrung in der Kontaktlinsenanpassung"));
        ResumeContent callCentre = CrossLanguageTest.english("Call Centre Agent", "- First contact for customers of a telecom provider");
        assertEquals(List.of(), CrossLanguageTest.matched(CrossLanguageTest.SCORER.score(asked, callCentre, CrossLanguageTest.NOW)));
    }
}
