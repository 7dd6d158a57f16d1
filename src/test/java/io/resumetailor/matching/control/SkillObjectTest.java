package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.CrossLanguageTest.NOW;
import static io.resumetailor.matching.control.CrossLanguageTest.SCORER;
import static io.resumetailor.matching.control.CrossLanguageTest.matched;
import static io.resumetailor.matching.control.QualifyingWordsTest.matchedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a skill is done to, joined to its name by a linking word ("maintenance d'ascenseurs", "Wartung von
 * Aufzügen", "ремонт лифтов"), is asked even when it is the only word besides the name: the same skill done to other
 * things is no evidence. A word before the name ("проведение инвентаризаций") stays optional. Synthetic lines of our own.
 */
class SkillObjectTest {

    @Test
    void aSkillAskedForOneKindOfEquipmentIsNotMetByTheSameSkillOnOtherEquipment() {
        String posting = "Technicien de maintenance H/F. Profil : expérience en maintenance d'ascenseurs.";
        assertEquals(List.of("r1"), matchedBy(posting, "expérience en maintenance d'ascenseurs",
                "- Maintenance préventive des ascenseurs d'un parc résidentiel"));
        assertEquals(List.of(), matchedBy(posting, "expérience en maintenance d'ascenseurs",
                "- Maintenance préventive de portes automatiques"));
        String german = "Servicetechniker gesucht. Ihr Profil: Erfahrung in der Wartung von Aufzügen.";
        assertEquals(List.of(), matchedBy(german, "Erfahrung in der Wartung von Aufzügen", "- Wartung von Rolltoren und Schranken bei Kunden im Großraum Stuttgart"));
        assertEquals(List.of("r1"), matchedBy(german, "Erfahrung in der Wartung von Aufzügen", "- Wartung von Aufzügen und Fahrtreppen bei Kunden im Großraum Stuttgart"));
    }

    @Test
    void aWordBeforeTheSkillStaysOptional() {
        assertEquals(List.of("r1"), matchedBy("Требуется бухгалтер. Требования: опыт проведения инвентаризаций.",
                "проведение инвентаризаций", "- Инвентаризация склада ежеквартально"));
    }

    @Test
    void aFrenchTradeCertificateIsAskedAsATrainingNotAsTheTrade() {
        String posting = "Boulangerie artisanale recrute un boulanger H/F. Profil : BP Boulanger, expérience en fournil.";
        var asked = PersonalCareLexiconTest.asked(posting, "BP Boulanger");
        assertEquals(List.of("r1"), matched(SCORER.score(asked,
                DegreeSubjectTest.resume("Brevet Professionnel Boulanger", "Boulangerie", "- Pains au levain et viennoiserie"), NOW)));
        assertEquals(List.of(), matched(SCORER.score(asked,
                DegreeSubjectTest.resume("Baccalauréat général", "Sciences", "- Ouvrier boulanger : pains au levain et viennoiserie"), NOW)));
    }

    @Test
    void aWordAfterTheSecondOfTwoItemsIsNotTheSkillsObject() {
        // "recogidos y peinados de fiesta" names the skill "peinados recogidos" across the "y": "fiesta" qualifies the second item
        assertEquals(List.of("r1"), matchedBy("Salón de peluquería busca oficial. Requisitos: recogidos y peinados de fiesta.",
                "recogidos y peinados de fiesta", "- Recogidos y peinados de novia e invitada, unas 60 bodas al año"));
    }
}
