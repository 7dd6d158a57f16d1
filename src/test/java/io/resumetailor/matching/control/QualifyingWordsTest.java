package io.resumetailor.matching.control;

import static io.resumetailor.matching.control.CrossLanguageTest.NOW;
import static io.resumetailor.matching.control.CrossLanguageTest.SCORER;
import static io.resumetailor.matching.control.CrossLanguageTest.matched;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A proof asked "current", "en vigor", "à jour", "gültig" or "действующий" is evidenced by the proof named, and
 * care of "Menschen mit Demenz" or "personas con demencia" by care of residents with dementia: the validity and the
 * word for people qualify the requirement, they are no part a resume must repeat. A proof the line says is planned
 * ("envisagée", "geplant") is not held. Synthetic lines of our own.
 */
class QualifyingWordsTest {

    static List<String> matchedBy(String description, String requirement, String line) {
        List<Requirement> asked = PersonalCareLexiconTest.asked(description, requirement);
        ResumeContent resume = PartialCreditTest.resume("Staff", "2019-01", line, List.of(), List.of());
        return matched(SCORER.score(asked, resume, NOW));
    }

    @Test
    void aCompoundAndItsOwnFirstPartAreOneWord() {
        // "Beratungsgesprächen" gives "beratungsgesprach" and its part "berat": "Kundenberatung" states one word of three
        String funeral = "Bestattungsinstitut sucht Bestattungsfachkraft. Ihr Profil: Führen von Beratungsgesprächen mit Angehörigen.";
        String requirement = "Führen von Beratungsgesprächen mit Angehörigen";
        assertEquals(List.of(), matchedBy(funeral, requirement, "- Kundenberatung im Baumarkt, Verkauf von Werkzeugen und Gartengeräten"));
        assertEquals(List.of("r1"), matchedBy(funeral, requirement, "- Beratungsgespräche mit Angehörigen im Trauerfall"));
        // "Pflegekenntnisse" with its part "pfleg": "Schnittblumenpflege" states two words of four
        String florist = "Blumenhaus sucht Florist/in. Ihr Profil: Pflanzen- und Pflegekenntnisse.";
        assertEquals(List.of("r1"), matchedBy(florist, "Pflanzen- und Pflegekenntnisse (Schnittblumen und Topfpflanzen)",
                "- Beratung zu Zimmerpflanzen und Schnittblumenpflege"));
    }

    @Test
    void twoWordsOneStemPrefixApartAreTwoWords() {
        // "training" and "trainee" are separate words, though "train" begins "traine": the line states two of four
        String lab = "Fertility centre seeks a Clinical Embryologist. Desirable: experience of supervising and training trainee embryologists.";
        assertEquals(List.of("r1"), matchedBy(lab, "Experience of supervising and training trainee embryologists",
                "- Training and sign-off of trainee BMS and laboratory assistants on competence documents"));
    }

    @Test
    void aProofAskedValidIsEvidencedByTheProof() {
        assertEquals(List.of("r1"), matchedBy("Se busca camarero. Requisitos: experiencia en sala.",
                "Carnet de manipulador de alimentos en vigor", "- Carnet de manipulador de alimentos (2023)"));
        assertEquals(List.of("r1"), matchedBy("Animateur H/F. Profil : BAFA.", "PSC1 à jour", "- PSC1 (recyclage 2024)"));
        assertEquals(List.of(), matchedBy("Animateur H/F. Profil : BAFA.", "PSC1 à jour", "- Animation d'ateliers cuisine"));
    }

    @Test
    void careOfPeopleWithAConditionIsEvidencedByCareOfThatCondition() {
        assertEquals(List.of("r1"), matchedBy("Wohnbereichsleitung gesucht. Ihr Profil: Pflegefachkraft.",
                "Pflege von Menschen mit Demenz", "- Nachtwache im Wohnbereich für Bewohner mit Demenz"));
        assertEquals(List.of(), matchedBy("Wohnbereichsleitung gesucht. Ihr Profil: Pflegefachkraft.",
                "Pflege von Menschen mit Demenz", "- Nachtwache im Wohnbereich für 30 Bewohner"));
    }

    @Test
    void aProofPlannedIsNotHeld() {
        String posting = "Agent de sécurité H/F. Profil : carte professionnelle CNAPS.";
        assertEquals(List.of("r1"), matchedBy(posting, "carte professionnelle CNAPS", "- Carte professionnelle CNAPS (2023)"));
        assertEquals(List.of(), matchedBy(posting, "carte professionnelle CNAPS", "- Carte professionnelle CNAPS envisagée"));
        assertEquals(List.of(), matchedBy("Sicherheitsmitarbeiter gesucht. Ihr Profil: Sachkundeprüfung nach §34a.",
                "Sachkundeprüfung nach §34a", "- Sachkundeprüfung nach §34a geplant für Frühjahr 2027"));
    }
}
