package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.MatchExplanation;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A certificate, licence or qualification asked at a grade is not met by the same one held at a lower grade,
 * in the five languages (synthetic vacancies and resumes of our own): the requirement is extracted from a
 * posting as a user's would be, and the resume holds the credential among its certificates beside a job title
 * that names the trade without a grade.
 */
class CredentialGradeTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);

    /** The requirement of the posting whose text contains {@code asked}, scored against a resume holding {@code held}. */
    static MatchExplanation score(String position, String posting, String asked, String... held) {
        Requirement requirement = RequirementExtractor.standard().extract("Nordwerk", position, posting).stream()
                .filter(one -> one.text().contains(asked)).findFirst()
                .orElseThrow(() -> new AssertionError("not extracted: " + asked));
        ResumeContent resume = new ResumeContent(new PersonalInfo("A. Candidate", "a@example.com", null, null, null, null), null,
                List.of(new ExperienceEntry("Northwind", position, "2018-01", null, "- Routine work on site", null, null)), List.of(),
                List.of(), Arrays.stream(held).map(name -> new CertificationEntry(name, null, "2020-01")).toList(), List.of());
        return MatchScorer.standard().score(List.of(requirement), resume, NOW);
    }

    static boolean met(String position, String posting, String asked, String... held) {
        return !score(position, posting, asked, held).matched().isEmpty();
    }

    /** {@code lower} does not meet the requirement of the posting that contains {@code asked}; each of {@code enough} does. */
    static void graded(String position, String posting, String asked, String lower, String... enough) {
        assertFalse(met(position, posting, asked, lower), lower + " is below the grade asked");
        for (String held : enough) {
            assertTrue(met(position, posting, asked, held), held + " meets the grade asked");
        }
    }

    @Test
    void englishLevels() {
        graded("Rope Access Technician", "Requirements:\n- IRATA Level 3 rope access technician certification\n- Working at height", "IRATA",
                "IRATA Level 2 rope access technician", "IRATA Level 3 rope access technician");
        graded("Care Worker", "Requirements:\n- NVQ Level 3 in Health and Social Care\n- Experience in residential care", "NVQ",
                "NVQ Level 2 in Health and Social Care", "NVQ Level 3 in Health and Social Care");
        graded("Rope Access Technician", "Requirements:\n- IRATA certification at least Level 2\n- Working at height", "IRATA",
                "IRATA Level 1", "IRATA Level 2", "IRATA Level 3 (supervisor)");
    }

    @Test
    void germanLevels() {
        graded("Kfz-Mechatroniker", "Ihr Profil:\n- Hochvolt-Qualifikation mindestens Stufe 2\n- Erfahrung in der Fahrzeugdiagnose", "Hochvolt",
                "Hochvolt-Qualifikation Stufe 1", "Hochvolt-Qualifikation Stufe 2", "Hochvolt-Qualifikation Stufe 3");
        graded("Berufskraftfahrer", "Ihr Profil:\n- Führerschein Klasse CE\n- Berufserfahrung im Fernverkehr", "Führerschein",
                "Führerschein Klasse B", "Führerschein Klasse CE");
    }

    @Test
    void frenchCategoriesAreKindsAndLevelsAreOrdered() {
        String forklift = "Profil recherché :\n- CACES R489 catégorie 3 obligatoire\n- Expérience en entrepôt";
        graded("Cariste", forklift, "CACES", "CACES R489 catégorie 1", "CACES R489 catégories 1, 3 et 5");
        assertFalse(met("Cariste", forklift, "CACES", "CACES R489 catégorie 5"), "a category is a kind of truck, not a level");
        graded("Cordiste", "Profil recherché :\n- Certification cordiste IRATA niveau 3 au minimum\n- Travail en hauteur", "IRATA",
                "Cordiste IRATA niveau 2", "Cordiste IRATA niveau 3");
        graded("Cordiste", "Profil recherché :\n- CQP Cordiste niveau 2 ou IRATA niveau 3\n- Travail en hauteur", "CQP",
                "CQP Cordiste niveau 1", "CQP Cordiste niveau 2", "IRATA niveau 3");
        assertFalse(met("Cordiste", "Profil recherché :\n- CQP Cordiste niveau 2 ou IRATA niveau 3\n- Travail en hauteur", "CQP",
                "IRATA niveau 2"), "IRATA is asked at level 3; level 2 is CQP's");
    }

    @Test
    void spanishLevels() {
        graded("Soldador", "Requisitos:\n- Certificado de profesionalidad de soldadura nivel 2 como mínimo\n- Experiencia en calderería",
                "soldadura", "Certificado de profesionalidad de soldadura nivel 1", "Certificado de profesionalidad de soldadura nivel 2",
                "Certificado de profesionalidad de soldadura nivel 3");
        graded("Técnico de trabajos verticales", "Requisitos:\n- Certificación IRATA nivel 3\n- Trabajos verticales en fachadas", "IRATA",
                "Certificación IRATA nivel 2", "Certificación IRATA nivel 3");
    }

    @Test
    void russianGroupsAndGradesRomanOrArabic() {
        graded("Электромонтер", "Требования:\n- Группа по электробезопасности не ниже IV\n- Опыт работы от 3 лет", "электробезопасности",
                "III группа допуска по электробезопасности", "IV группа допуска по электробезопасности",
                "Группа допуска по электробезопасности: 5");
        graded("Электромонтер", "Требования:\n- допуск по электробезопасности IV группа\n- Опыт работы от 3 лет", "электробезопасности",
                "Допуск по электробезопасности, группа 3", "V группа допуска по электробезопасности");
        graded("Электрогазосварщик", "Требования:\n- Разряд не ниже 5-го\n- Удостоверение НАКС", "Разряд",
                "Электрогазосварщик 4 разряда", "Электрогазосварщик 6-го разряда");
        graded("Крановщик", "Требования:\n- Удостоверение УК II\n- Опыт работы", "УК", "Удостоверение УК I", "Удостоверение УК II");
        // a range asks its lowest grade; before, "4–6 разряд" asked the 6th
        graded("Охранник", "Требования:\n- удостоверение частного охранника (4–6 разряд)\n- опыт работы от 1 года", "охранника",
                "Удостоверение частного охранника 3 разряда", "Удостоверение частного охранника 4 разряда");
        graded("Rope Access Technician", "Requirements:\n- IRATA Level 2-3 rope access certification\n- Working at height", "IRATA",
                "IRATA Level 1 rope access technician", "IRATA Level 2 rope access technician");
    }

    @Test
    void aCredentialWithoutAGradeOnEitherSideIsReadAsBefore() {
        String ungraded = "Requirements:\n- IRATA rope access certification\n- Working at height";
        assertTrue(met("Rope Access Technician", ungraded, "IRATA", "IRATA Level 1 rope access technician"));
        String graded = "Requirements:\n- IRATA Level 3 rope access technician certification\n- Working at height";
        assertTrue(met("Rope Access Technician", graded, "IRATA", "IRATA rope access technician"), "the resume states no level");
        String russian = "Требования:\n- Группа по электробезопасности не ниже IV\n- Опыт работы от 3 лет";
        assertTrue(met("Электромонтер", russian, "электробезопасности", "Группа допуска по электробезопасности"));
    }

    @Test
    void anotherCredentialsGradeDoesNotCount() {
        String posting = "Requirements:\n- IRATA Level 3 rope access technician certification\n- Working at height";
        assertTrue(met("Rope Access Technician", posting, "IRATA", "NVQ Level 2 in Construction", "IRATA Level 3 rope access technician"));
        assertFalse(met("Rope Access Technician", posting, "IRATA", "NVQ Level 3 in Construction", "IRATA Level 2 rope access technician"));
    }

    @Test
    void aLowerGradeEarnsTheShareOfTheGradeAsked() {
        String posting = "Requirements:\n- IRATA Level 3 rope access technician certification\n- Working at height";
        MatchExplanation level2 = score("Rope Access Technician", posting, "IRATA", "IRATA Level 2 rope access technician");
        assertEquals(0.5 * 2 / 3.0, level2.missing().get(0).coverage(), 0.011, "half weight, two levels of the three asked");
    }

    @Test
    void gradesAreReadInEitherOrderAndNumeral() {
        assertEquals(Set.of(3), CredentialGrade.read("III группа допуска").get(0).grades());
        assertEquals(Set.of(3), CredentialGrade.read("группа допуска: 3").get(0).grades());
        assertEquals(Set.of(3), CredentialGrade.read("3-й разряд").get(0).grades());
        assertEquals(Set.of(1, 3, 5), CredentialGrade.read("CACES R489 catégories 1, 3 et 5").get(0).grades());
        assertTrue(CredentialGrade.read("группа допуска до 1000 В").isEmpty(), "a voltage is no grade");
        assertTrue(CredentialGrade.read("HGV Class 1 licence").isEmpty(), "driving classes count downward and are left to the lexicon");
        assertTrue(CredentialGrade.read("English level B2").isEmpty(), "language levels are LanguageLevel's");
        assertTrue(CredentialGrade.read("STCW II/1 Officer of the Watch").isEmpty(), "a convention's chapter and rule are no grade");
    }
}
