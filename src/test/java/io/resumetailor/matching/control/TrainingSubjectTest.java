package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A training or degree in a trade or subject is met by that training in that subject (synthetic
 * requirements and resumes of our own): gender endings do not split a job name ("Maler/in"), the
 * alternatives after "Ausbildung als A oder B" are trainings as B, a bracket that only gives the level
 * ("(Geselle)", "(B.A.)") does not stand alone, and an education entry that names the subject without
 * the word for the degree ("Специалист, Лечебное дело") still is one.
 */
class TrainingSubjectTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);
    static final String WORK = "- Arbeiten auf Baustellen in der Region, Materialtransport";

    static Requirement education(String text, String concept) {
        return new Requirement("r1", text, true, "education", null, concept, Requirement.USER);
    }

    static int matched(Requirement requirement, String degree, String field, String description) {
        return MatchScorer.standard().score(List.of(requirement), DegreeSubjectTest.resume(degree, field, description), NOW)
                .matched().size();
    }

    @Test
    void genderEndingsAreNoAlternatives() {
        assertEquals("Ausbildung als Maler oder Lackierer",
                RequirementForms.GENDER.matcher("Ausbildung als Maler/in oder Lackierer*in").replaceAll(""));
        assertEquals("Técnico en Electricidad", RequirementForms.GENDER.matcher("Técnico/a en Electricidad").replaceAll(""));
        assertEquals("Führerschein Klasse C/E", RequirementForms.GENDER.matcher("Führerschein Klasse C/E").replaceAll(""),
                "capital classes are no gender ending");
    }

    @Test
    void laterTradesShareTheTrainingOfTheFirst() {
        Lexicon lexicon = Lexicon.standard();
        assertEquals(List.of("abgeschlossene Ausbildung als Maurer", "abgeschlossene Ausbildung als Fliesenleger"),
                RequirementForms.withSharedHead(List.of("abgeschlossene Ausbildung als Maurer", "Fliesenleger"), Language.DE, lexicon));
        assertEquals(List.of("Licence en biologie", "Licence en biochimie"),
                RequirementForms.withSharedHead(List.of("Licence en biologie", "biochimie"), Language.FR, lexicon));
        List<String> related = List.of("degree in Geology", "a related field");
        assertEquals(related, RequirementForms.withSharedHead(related, Language.EN, lexicon), "a related field says no subject");
        List<String> tools = List.of("Erfahrung mit SAP", "DATEV");
        assertEquals(tools, RequirementForms.withSharedHead(tools, Language.DE, lexicon), "no training, no shared head");
    }

    @Test
    void aTrainingInAnotherTradeDoesNotMeetIt() {
        Requirement painter = education("abgeschlossene Ausbildung als Maler/in (Geselle) oder Lackierer/in", "vocational-training");
        assertEquals(0, matched(painter, "Gesellenprüfung Zimmerer", "Zimmererhandwerk", WORK), "a carpenter's journeyman test");
        assertEquals(0, matched(painter, "Ausbildung zum Kfz-Mechatroniker", "Kfz-Technik", "- Fahrzeuglackierung vorbereitet"),
                "a mechanic's training with painting in the job");
        assertEquals(1, matched(painter, "Gesellenbrief Maler und Lackierer", "Malerhandwerk", WORK));
    }

    @Test
    void aLevelInBracketsDoesNotStandAlone() {
        Requirement educator = education("staatlich anerkannte*r Heilerziehungspfleger*in (B.A.) oder vergleichbar", "degree-bachelor");
        assertEquals(0, matched(educator, "B.A. Betriebswirtschaftslehre", "BWL", WORK), "any bachelor is not this one");
    }

    @Test
    void anEducationEntryWithoutTheDegreeWordIsOne() {
        Requirement medicine = education("высшее медицинское образование (лечебное дело, педиатрия)", "degree-bachelor");
        assertEquals(1, matched(medicine, "Специалист", "Лечебное дело", "- Приём пациентов в поликлинике"));
        assertEquals(0, matched(medicine, "Специалист", "Юриспруденция", "- Консультации клиентов по договорам"),
                "another subject");
        Requirement plumber = education("abgeschlossene Ausbildung als Anlagenmechaniker/in SHK", "vocational-training");
        assertEquals(1, matched(plumber, "Anlagenmechaniker SHK", "Sanitär-, Heizungs- und Klimatechnik", WORK));
        Requirement master = education("Master of Science in Geology", "degree-master");
        assertTrue(MatchScorer.standard().score(List.of(master), DegreeSubjectTest.resume("Geology", "Geology"), NOW).matched()
                .isEmpty(), "a master's is written as one");
    }
}
