package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.QualifyingWordsTest.matchedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A product the lexicon does not know, asked with the word for what it is ("maîtrise du logiciel Hektor", "знание
 * программы iiko", "Erfahrung mit der Hektor-Software"), is shown by a line that names the product alone; the generic
 * word is not asked, and alone it shows nothing. Synthetic lines of our own.
 */
class ProductNameTest {

    @Test
    void aProductNamedAfterItsKindIsShownByItsNameAlone() {
        String french = "Agence immobilière recrute un négociateur H/F. Profil : maîtrise du logiciel Hektor.";
        assertEquals(List.of("r1"), matchedBy(french, "maîtrise du logiciel Hektor",
                "- Gestion du portefeuille sur Hektor"));
        assertEquals(List.of(), matchedBy(french, "maîtrise du logiciel Hektor",
                "- Saisie des mandats dans un logiciel de transaction"));
        String russian = "Требуется кондитер. Требования: знание программы iiko.";
        assertEquals(List.of("r1"), matchedBy(russian, "знание программы iiko", "- Списание и заявки на сырьё в iiko"));
        assertEquals(List.of(), matchedBy(russian, "знание программы iiko", "- Учёт остатков в складской программе"));
    }

    @Test
    void aMakeOfEquipmentIsShownByItsNameAlone() {
        String french = "Concession agricole recrute un mécanicien. Profil : connaissance du matériel Claas.";
        assertEquals(List.of("r1"), matchedBy(french, "Connaissance du matériel Claas",
                "- Révisions sur moissonneuses Lexion et tracteurs Claas Axion"));
        assertEquals(List.of(), matchedBy(french, "Connaissance du matériel Claas",
                "- Entretien du matériel agricole (tracteurs John Deere)"));
    }

    @Test
    void aTitleInTitleCaseKeepsItsWords() {
        var lexicon = Lexicon.standard();
        assertEquals(List.of("program", "manag"), RequirementForms.form("Strong Program Management skills", Language.EN, lexicon).content());
        assertEquals(List.of("softwar", "develop"), RequirementForms.form("Experience in Software Development", Language.EN, lexicon).content());
    }

    @Test
    void aProductNamedBeforeItsKindIsShownByItsNameAlone() {
        // DATEV is in the lexicon, so its concept carries the match; the kind after a known name is kept
        String german = "Steuerfachangestellte gesucht. Ihr Profil: sicherer Umgang mit der DATEV-Software.";
        assertEquals(List.of("r1"), matchedBy(german, "sicherer Umgang mit der DATEV-Software",
                "- Finanzbuchhaltung und Lohnabrechnung in DATEV für 40 Mandanten"));
    }
}
