package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Requirement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseGrammarTest {

    static final Lexicon LEXICON = Lexicon.standard();

    static List<String> conjuncts(String line, Language language) {
        return PhraseGrammar.conjuncts(line, LEXICON, language).stream().map(PhraseGrammar::clean).toList();
    }

    @Test
    void alternativesInProseWithAnAndStayOneRequirement() {
        List<String> english = conjuncts("You are ACA, ACCA or CIMA qualified and have experience of statutory audits", Language.EN);
        assertEquals(2, english.size(), english.toString());
        assertEquals("ACA, ACCA or CIMA qualified", english.get(0));
        List<String> german = conjuncts("Sie sind Steuerfachwirt, Bilanzbuchhalter oder Steuerberater und arbeiten sicher mit DATEV",
                Language.DE);
        assertEquals(2, german.size(), german.toString());
        List<String> russian = conjuncts("Знание 1С, SAP или Oracle и опыт закрытия месяца", Language.RU);
        assertEquals(2, russian.size(), russian.toString());
    }

    @Test
    void anAndInsideBracketsCutsNothing() {
        List<String> russian = conjuncts("знание Налогового кодекса Российской Федерации (части первая и вторая) и порядка камеральных проверок",
                Language.RU);
        assertEquals(List.of("Налогового кодекса Российской Федерации (части первая и вторая)", "порядка камеральных проверок"),
                russian); // before: "… (части первая" and "вторая)"
    }

    @Test
    void aVerbOrNounSharingTheNextPartsObjectIsNotCutOff() {
        assertEquals(1, conjuncts("Proven ability to diagnose and repair gas furnaces, heat pumps", Language.EN).stream()
                .filter(part -> part.contains("diagnose")).filter(part -> part.contains("repair")).count());
        assertEquals(List.of("gestión y negociación con proveedores"),
                conjuncts("Experiencia en la gestión y negociación con proveedores", Language.ES));
        assertEquals(2, conjuncts("Fundierte Kenntnisse in der Klinischen Chemie und der Hämatologie", Language.DE).size());
    }

    @Test
    void aListOfThingsJoinedByAndIsStillCut() {
        assertEquals(3, conjuncts("Docker, Kubernetes and Terraform", Language.EN).size());
        List<String> mixed = conjuncts("Experience in payroll and tax, ACA, ACCA or CIMA", Language.EN);
        assertEquals("ACA, ACCA or CIMA", mixed.get(mixed.size() - 1), mixed.toString());
        List<String> remark = conjuncts("au moins 3 ans d'expérience en vente B2B terrain, idéalement dans l'emballage, "
                + "la fourniture industrielle ou l'agroalimentaire et la maîtrise de la négociation", Language.FR);
        assertEquals(3, remark.size(), remark.toString());
    }

    @Test
    void aSeriesOfOfPartsStaysWithItsNoun() {
        assertEquals(List.of("Désosser et parer des quartiers de bœuf, de veau et d'agneau"),
                conjuncts("Désosser et parer des quartiers de bœuf, de veau et d'agneau", Language.FR));
        assertEquals(2, conjuncts("Knowledge of HACCP, experience with SAP", Language.EN).size(), "a comma part of its own still cuts");
    }

    @Test
    void aGenderMarkerOfAJobTitleIsNoPartOfTheRequirement() {
        assertEquals("Brauer und Mälzer", PhraseGrammar.clean("Brauer und Mälzer (m/w/d)"));
        assertEquals("CAP Fleuriste", PhraseGrammar.clean("CAP Fleuriste (H/F)"));
        assertEquals("Excel (Pivot-Tabellen)", PhraseGrammar.clean("Excel (Pivot-Tabellen)"), "an aside that is no gender marker stays");
        List<Requirement> requirements = RequirementExtractorTest.extract("Privatbrauerei Hirschegger",
                "Ihr Profil\n- Abgeschlossene Ausbildung als Brauer und Mälzer (m/w/d)\n- Gabelstaplerschein\n");
        assertTrue(requirements.stream().noneMatch(r -> r.text().contains("m/w/d")), requirements.toString());
    }
}
