package io.resumetailor.matching.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evidence in another word form, by acronym, at a language level, by a higher degree, in each language. */
class EvidenceFormsTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);
    static final MatchScorer SCORER = MatchScorer.standard();
    static final RequirementExtractor EXTRACTOR = RequirementExtractor.standard();

    static ResumeContent resume(String position, String description, List<EducationEntry> education,
                                List<CertificationEntry> certifications, List<ResumeLanguage> languages) {
        return new ResumeContent(new PersonalInfo("A. Person", "a@example.org", null, null, null, null), null,
                List.of(new ExperienceEntry("Firma", position, "2018-01", null, description, null, null)), education, List.of(),
                certifications, languages);
    }

    static ResumeContent job(String position, String description) {
        return resume(position, description, List.of(), List.of(), List.of());
    }

    static boolean evidenced(String requirement, String vacancyLanguageSample, ResumeContent resume) {
        Requirement asked = EXTRACTOR.userRequirement("r1", requirement, true, null, vacancyLanguageSample);
        return !SCORER.score(List.of(asked), resume, NOW).matched().isEmpty();
    }

    @Test
    void germanDerivationsMeet() {
        assertTrue(evidenced("Berufserfahrung in der Konstruktion von Vorrichtungen", "Wir suchen einen Konstrukteur mit Erfahrung.",
                job("Konstrukteur", "Konstruierte Vorrichtungen für die Montage in SolidWorks")));
    }

    @Test
    void russianInflectionsSnowballLeavesApartMeet() {
        assertTrue(evidenced("выполнение плана продаж", "Требования к кандидату: опыт продаж, выполнение плана.",
                job("Менеджер по продажам", "План продаж выполнен на 112 % в 2024 году")));
    }

    @Test
    void anAcronymMeetsTheWordsItStandsFor() {
        assertTrue(evidenced("experiencia como Generalista de RH", "Buscamos una persona con experiencia en recursos humanos.",
                job("Generalista de Recursos Humanos", "Reclutamiento y selección de personal operativo para dos plantas de la empresa, con entrevistas por competencias y seguimiento de las contrataciones")));
        assertTrue(evidenced("составление коммерческих предложений", "Требования: опыт продаж и составления предложений.",
                job("Менеджер по продажам", "Подготовка КП и спецификаций для клиентов")));
        assertFalse(evidenced("составление коммерческих предложений", "Требования: опыт продаж и составления предложений.",
                job("Кладовщик", "Приемка товара и отгрузка по накладным")));
    }

    @Test
    void languageLevelsAreCompared() {
        ResumeContent b1 = resume("Support agent", "Answered customer tickets by email", List.of(), List.of(),
                List.of(new ResumeLanguage("German", "B1")));
        ResumeContent native_ = resume("Support agent", "Answered customer tickets by email", List.of(), List.of(),
                List.of(new ResumeLanguage("German", "native speaker")));
        assertFalse(evidenced("fluent German (C1)", "We are looking for a support agent with fluent German.", b1));
        assertTrue(evidenced("fluent German (C1)", "We are looking for a support agent with fluent German.", native_));
        ResumeContent anglais = resume("Vendeur", "Conseil client en magasin", List.of(), List.of(),
                List.of(new ResumeLanguage("Anglais", "notions")));
        assertFalse(evidenced("anglais courant", "Nous recherchons un vendeur avec un anglais courant.", anglais));
    }

    @Test
    void bilingualAsksBothLanguagesAndTheResumesOwnGoesWithoutSaying() {
        String posting = "We are hiring an HVAC service technician. Requirements: EPA 608 certification.";
        ResumeContent englishOnly = resume("HVAC technician", "Residential service calls", List.of(), List.of(),
                List.of(new ResumeLanguage("English", "Native")));
        ResumeContent both = resume("HVAC technician", "Residential service calls", List.of(), List.of(),
                List.of(new ResumeLanguage("English", "Native"), new ResumeLanguage("Spanish", "native")));
        ResumeContent spanishResume = resume("Técnico de climatización", "Servicio técnico residencial", List.of(), List.of(),
                List.of(new ResumeLanguage("Inglés", "C2")));
        assertFalse(evidenced("Bilingual English/Spanish", posting, englishOnly)); // before: "English (Native)" met it
        assertTrue(evidenced("Bilingual English/Spanish", posting, both));
        assertTrue(evidenced("Bilingual English/Spanish", posting, spanishResume));
        assertTrue(evidenced("English or Spanish", posting, englishOnly)); // without "bilingual" the slash is still a choice
        ResumeContent fluent = resume("HVAC technician", "Residential service calls", List.of(), List.of(),
                List.of(new ResumeLanguage("English", "Native"), new ResumeLanguage("Spanish", "fluent")));
        ResumeContent basic = resume("HVAC technician", "Residential service calls", List.of(), List.of(),
                List.of(new ResumeLanguage("English", "Native"), new ResumeLanguage("Spanish", "B1")));
        assertTrue(evidenced("Bilingual English/Spanish", posting, fluent)); // before: asked C2 of Spanish
        assertFalse(evidenced("Bilingual English/Spanish", posting, basic));
    }

    @Test
    void teachingALanguageIsMoreThanSpeakingIt() {
        ResumeContent speaker = resume("Бухгалтер", "Ведение учета в 1С", List.of(), List.of(),
                List.of(new ResumeLanguage("Английский", "C1")));
        assertFalse(evidenced("опыт преподавания английского языка в школе", "Требования: опыт преподавания в школе.", speaker));
    }

    @Test
    void aHigherDegreeMeetsALowerOne() {
        ResumeContent master = resume("Abogada", "Asesoramiento laboral a empresas",
                List.of(new EducationEntry("Universidad de Salamanca", "Máster", "Derecho", "2015-09", "2017-06")), List.of(), List.of());
        assertTrue(evidenced("Grado en Derecho", "Buscamos abogado con grado en Derecho.", master));
    }

    @Test
    void aDegreeMeetsTheRussianFloorOfVocationalEducation() {
        ResumeContent bachelor = resume("Агент по регистрации пассажиров", "Регистрация пассажиров",
                List.of(new EducationEntry("Северный федеральный университет", "Бакалавр", "Туризм", "2016-09", "2020-07")), List.of(), List.of());
        ResumeContent school = resume("Продавец", "Работа на кассе",
                List.of(new EducationEntry("Школа № 5", "Среднее общее образование", null, "2008-09", "2019-06")), List.of(), List.of());
        String posting = "Требования: образование не ниже среднего профессионального.";
        assertTrue(evidenced("образование не ниже среднего профессионального", posting, bachelor)); // before: no concept, no evidence
        assertFalse(evidenced("образование не ниже среднего профессионального", posting, school));
    }

    @Test
    void aDegreeNamedByItsFieldIsReadWhereDegreesStand() {
        String posting = "Profil : diplôme en hôtellerie (Bac Pro, BTS MHR ou équivalent).";
        String asked = "diplôme en hôtellerie (Bac Pro, BTS MHR ou équivalent)";
        ResumeContent receptionist = resume("Réceptionniste", "Réceptionniste depuis trois ans dans l'hôtellerie parisienne",
                List.of(new EducationEntry("Lycée Suger", "Bac Pro Métiers du commerce et de la vente", "Commerce", "2017-09", "2020-06")),
                List.of(), List.of());
        ResumeContent graduate = resume("Réceptionniste", "Accueil et check-in des clients",
                List.of(new EducationEntry("Lycée Jean Drouant", "BTS Management en Hôtellerie-Restauration (MHR)", null, "2015-09", "2017-06")),
                List.of(), List.of());
        assertFalse(evidenced(asked, posting, receptionist)); // before: "dans l'hôtellerie" in the description met it
        assertTrue(evidenced(asked, posting, graduate));
    }

    @Test
    void aProofStillBeingEarnedIsNoEvidence() {
        ResumeContent studying = resume("Audit semi-senior", "Audit fieldwork for owner-managed businesses", List.of(),
                List.of(new CertificationEntry("ACCA (in progress, 9 of 13 exams)", "ACCA", null)), List.of());
        ResumeContent qualified = resume("Audit senior", "Audit fieldwork for owner-managed businesses", List.of(),
                List.of(new CertificationEntry("ACCA", "ACCA", "2021-06")), List.of());
        assertFalse(evidenced("ACCA qualified", "We need an ACCA qualified audit senior.", studying));
        assertTrue(evidenced("ACCA qualified", "We need an ACCA qualified audit senior.", qualified));
    }

    @Test
    void aProofThatHasLapsedOrIsOnlyEnrolledIsNoEvidence() {
        ResumeContent lapsed = resume("Lifeguard", "Pool supervision and first aid for swimmers", List.of(),
                List.of(new CertificationEntry("Pool Lifeguard Certificate – expired 2024", "Royal Life Saving", null)), List.of());
        ResumeContent enrolled = resume("Lifeguard", "Pool supervision and first aid for swimmers", List.of(),
                List.of(new CertificationEntry("Pool Lifeguard Certificate (currently enrolled)", "Royal Life Saving", null)), List.of());
        ResumeContent valid = resume("Lifeguard", "Pool supervision and first aid for swimmers", List.of(),
                List.of(new CertificationEntry("Pool Lifeguard Certificate", "Royal Life Saving", "2025-03")), List.of());
        String posting = "Requirements: a current Pool Lifeguard Certificate.";
        assertFalse(evidenced("Pool Lifeguard Certificate", posting, lapsed));
        assertFalse(evidenced("Pool Lifeguard Certificate", posting, enrolled));
        assertTrue(evidenced("Pool Lifeguard Certificate", posting, valid));
        ResumeContent abgelaufen = resume("Rettungsschwimmer", "Aufsicht im Freibad und Erste Hilfe", List.of(),
                List.of(new CertificationEntry("Zertifikat Rettungsschwimmer Silber (abgelaufen)", "DLRG", null)), List.of());
        assertFalse(evidenced("Zertifikat Rettungsschwimmer Silber", "Ihr Profil: gültiges Zertifikat Rettungsschwimmer Silber.", abgelaufen));
    }

    @Test
    void wordsThatSayHowOneUsesAToolAreNotAskedFor() {
        assertTrue(evidenced("умеете работать с Git", "Требования: опыт разработки на Python, умеете работать с Git.",
                job("Python-разработчик", "Разработка сервисов на Django; код-ревью в GitLab, ветки в Git")));
        assertTrue(evidenced("уверенный пользователь 1С", "Требования: опыт работы на складе, уверенный пользователь 1С.",
                job("Кладовщик", "Приёмка и отгрузка товара, учёт остатков в 1С")));
        assertTrue(evidenced("arbeiten routiniert mit DATEV", "Ihr Profil: Sie arbeiten routiniert mit DATEV.",
                job("Steuerfachangestellte", "Finanzbuchhaltung für 40 Mandanten in DATEV")));
        assertFalse(evidenced("уверенный пользователь 1С", "Требования: опыт работы на складе, уверенный пользователь 1С.",
                job("Кладовщик", "Приёмка и отгрузка товара по накладным")));
    }

    @Test
    void oneProductOfAConceptIsNotMetByASiblingProduct() {
        String vacancy = "Requirements: 3 years in building services design, Revit.";
        assertFalse(evidenced("Revit", vacancy, job("Design engineer", "Drew electrical layouts in AutoCAD")));
        assertTrue(evidenced("Revit", vacancy, job("Design engineer", "Modelled electrical services in Revit")));
        assertTrue(evidenced("Revit", vacancy, job("Design engineer", "CAD drafting of electrical layouts")));
        assertFalse(evidenced("знание Revit", "Требования: опыт проектирования, знание Revit.",
                job("Инженер-проектировщик", "Оформление чертежей в AutoCAD")));
        assertTrue(evidenced("AutoCAD", vacancy, job("Design engineer", "Drew electrical layouts in AutoCAD")));
    }

    @Test
    void aPersonalQualityInsideASubstantivePhraseIsNotItsHead() {
        String vacancy = "Требования: опыт самостоятельной подготовки деклараций по НДС, знание 1С.";
        assertTrue(evidenced("опыт самостоятельной подготовки деклараций по НДС", vacancy,
                job("Бухгалтер", "Подготовка и сдача деклараций по НДС ежеквартально")));
        assertFalse(evidenced("опыт самостоятельной подготовки деклараций по НДС", vacancy,
                job("Бухгалтер", "Самостоятельно веду первичную документацию")));
    }

    @Test
    void furtherTrainingIsEvidencedByWhatItLeadsTo() {
        String vacancy = "Ihr Profil: examinierte Pflegefachkraft, Weiterbildung zur Praxisanleitung wünschenswert.";
        assertTrue(evidenced("Weiterbildung zur Praxisanleitung", vacancy,
                job("Pflegefachkraft", "Praxisanleiterin für zwei Auszubildende pro Jahrgang")));
        assertFalse(evidenced("Weiterbildung zur Praxisanleitung", vacancy,
                job("Pflegefachkraft", "Weiterbildung Wundmanagement, Versorgung chronischer Wunden")));
    }
}
