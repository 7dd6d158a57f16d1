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
 * Hair, beauty and optics are trades of their own in the lexicon: a cut, a colour technique, an updo or a
 * contact lens fitting asked in German is evidenced by a resume that states it in French or Spanish, and not by
 * the words these trades share with others (floor waxing, multi-threading, handing out lenses someone else fitted).
 * Synthetic requirements and resumes of our own.
 */
class PersonalCareLexiconTest {

    static final RequirementExtractor EXTRACTOR = RequirementExtractor.standard();
    static final String SALON = "Wir suchen eine Friseurin für unseren Salon. Dein Profil: sichere Schnitte, Farbe, Styling.";

    static List<Requirement> asked(String description, String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> EXTRACTOR.userRequirement("r" + (i + 1), texts[i], true, null, description)).toList();
    }

    static ResumeContent resume(String position, String description) {
        return PartialCreditTest.resume(position, "2019-01", description, List.of(), List.of());
    }

    @Test
    void salonSkillsAskedInGermanAreEvidencedInOtherLanguages() {
        List<Requirement> asked = asked(SALON, "sicher in Damen- und Herrenhaarschnitten", "Balayage und Foliensträhnen",
                "Hochsteck- und Brautfrisuren");
        ResumeContent french = resume("Coiffeuse", "- Coupes femme et homme, brushing\n- Mèches et balayages sur cheveux longs\n"
                + "- Chignons et coiffures de mariée le samedi");
        ResumeContent spanish = resume("Peluquero", "- Cortes de caballero y arreglo de barba\n- Atención al cliente en recepción");
        ResumeContent caretaker = resume("Caretaker", "- Floor waxing and polishing in three schools\n- Rewired threading machines");
        assertEquals(List.of("r1", "r2", "r3"), matched(SCORER.score(asked, french, NOW)));
        assertEquals(List.of("r1"), matched(SCORER.score(asked, spanish, NOW)));
        assertEquals(List.of(), matched(SCORER.score(asked, caretaker, NOW)));
    }

    @Test
    void floristryAskedInGermanIsEvidencedInRussianButNotByAdventWreaths() {
        String shop = "Blumenfachgeschäft sucht Florist/in. Ihr Profil: Erfahrung in einem Blumenfachgeschäft, Hochzeitsfloristik, Trauerfloristik.";
        List<Requirement> asked = asked(shop, "Berufserfahrung in einem Blumenfachgeschäft", "Hochzeitsfloristik und Brautschmuck",
                "Trauerfloristik");
        ResumeContent russian = resume("Флорист", "- Сборка авторских букетов в цветочной студии\n- Букеты невесты и бутоньерки");
        ResumeContent seasonal = resume("Aushilfe", "- Adventskränze und Gestecke für den Weihnachtsmarkt binden");
        assertEquals(List.of("r1", "r2"), matched(SCORER.score(asked, russian, NOW)));
        assertEquals(List.of(), matched(SCORER.score(asked, seasonal, NOW)));
    }

    @Test
    void appccIsTheSpanishAndFrenchNameOfHaccpAndSafeIsNoAgileFramework() {
        String quality = "Empresa cárnica busca técnico de calidad. Requisitos: conocimiento del sistema APPCC.";
        List<Requirement> asked = asked(quality, "conocimiento del sistema APPCC");
        ResumeContent english = resume("Quality Technician", "- Maintained the HACCP plan and ran daily CCP checks");
        ResumeContent french = resume("Technicienne qualité", "- Mise à jour du plan HACCP et audits d'hygiène");
        assertEquals(List.of("r1"), matched(SCORER.score(asked, english, NOW)));
        assertEquals(List.of("r1"), matched(SCORER.score(asked, french, NOW)));
        Lexicon lexicon = Lexicon.standard();
        TextAnalysis analysis = lexicon.analysis();
        assertEquals(List.of(), lexicon.findAll(analysis.analyze("safe pesticide handling", Language.EN), Language.EN).stream()
                .map(found -> found.concept().id()).filter("agile"::equals).toList());
        assertEquals(List.of(), lexicon.findAll(analysis.analyze("finances publiques locales et nomenclature M57", Language.FR),
                Language.FR).stream().map(found -> found.concept().id()).toList());
    }

    @Test
    void physiotherapyCertificatesAreNotOneAnother() {
        // German practices bill manual therapy, lymph drainage, neuro techniques and gym-based therapy under certificates of their own
        Lexicon lexicon = Lexicon.standard();
        java.util.function.BiFunction<String, Language, java.util.Set<String>> concepts = (text, language) ->
                PhraseGrammar.concepts(text, language, lexicon);
        java.util.Set<String> manual = concepts.apply("Manual therapy", Language.EN);
        for (String other : List.of("Zertifikat Manuelle Lymphdrainage (MLD)", "KG-ZNS (Bobath oder PNF)", "Zertifikat KGG (Krankengymnastik am Gerät)")) {
            java.util.Set<String> asked = concepts.apply(other, Language.DE);
            assertEquals(false, asked.isEmpty(), other);
            assertEquals(java.util.Set.of(), intersection(manual, asked), other);
        }
        assertEquals(false, intersection(concepts.apply("Zertifikat Manuelle Therapie", Language.DE), manual).isEmpty());
        assertEquals(false, intersection(concepts.apply("Drainage lymphatique manuel", Language.FR),
                concepts.apply("Manuelle Lymphdrainage", Language.DE)).isEmpty());
    }

    private static java.util.Set<String> intersection(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    @Test
    void fittingContactLensesIsNotHandingThemOut() {
        List<Requirement> asked = asked("Augenoptiker/in gesucht. Ihr Profil: Erfahrung in der Kontaktlinsenanpassung.",
                "Erfahrung in der Kontaktlinsenanpassung");
        ResumeContent fitter = resume("Optometrist", "- Contact lens fitting and aftercare for new wearers");
        ResumeContent seller = resume("Opticienne", "- Remise des lentilles de contact (adaptations réalisées par l'optométriste)");
        assertEquals(List.of("r1"), matched(SCORER.score(asked, fitter, NOW)));
        assertEquals(List.of(), matched(SCORER.score(asked, seller, NOW)));
    }
}
