package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.ExperienceEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Jobs and employers outside the software trade, in the five languages, and words that only look like them. */
class EverydayRolesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Kellner", "Metallbaukonstrukteur", "Staplerfahrerin", "Reinigungskraft", "Zahnärztin", "Bauphysiker",
            "Line Cook", "Electrician Apprentice", "Paralegal", "Statistician", "Security Guard", "Flight Attendant",
            "Statisticien", "Cariste", "Aide-soignante", "Boulangère", "Attaché énergie", "Chauffeur livreur",
            "Reponedora", "Conductor de autobús", "Fontanero", "Maestra de primaria", "Contable",
            "Кладовщик", "Повар", "Переводчица", "Воспитатель",
            "Sole Proprietor", "School Psychologist", "Psychologe", "Notfallsanitäter", "Maschinen- und Anlagenführerin",
            "Selbstständiger Handelsvertreter", "Inhaberin", "Psychologue du travail", "Présidente du Bureau des Élèves", "Horloger",
            "Coursier à vélo", "Membre fondateur", "Mesero", "Orientadora educativa", "Psicóloga clínica", "Emprendedora",
            "Доцент кафедры высшей математики", "Сооснователь", "Индивидуальный предприниматель", "Печатник",
            "Butcher", "Storekeeper", "Joueur semi-professionnel", "Maîtresse de conférences", "Мясник", "Rayonniste",
            "Commerciale terrain", "Comercial de zona"})
    void knowsEverydayJobTitles(String title) {
        assertTrue(RoleWords.position(title), title);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Unité de recherche ETTIS", "Mairie de Lyon", "Centre hospitalier de Pau", "Lycée Victor Hugo",
            "Ayuntamiento de Sevilla", "Centro de Salud Norte", "Laboratorio de robótica", "Fundación Telefónica",
            "Landratsamt München", "Zahnarztpraxis Dr. Weber", "Werkfeuerwehr Infraserv", "Stadtverwaltung Jena", "Bäckerei Müller",
            "Maredo Steakhouse", "Городская больница №2", "Школа №91", "Администрация города Томска", "Hotel Adlon",
            "Alex S.A", "Namirial S.P.A", "Tradequip, C.A.", "Kaizen Fashion Sàrl", "RBR Elektroteam GdbR", "ЧУП “Трелко”",
            "ГОУ СОШ №850 г. Москвы", "Нотариальная контора", "Газета «Восход»", "Ансамбль «Чародейка»", "Einwohnergemeinde Erlach",
            "SAG Ambulanz Kornwestheim", "deutscher Jugendhilfeträger", "Veterinaria Planeta Animal", "Tiendas Industriales TIA",
            "Springhurst Nursing Home", "Superior Metals Manufacturing", "Centre Commercial E. Leclerc", "Centro Comercial Gran Vía"})
    void knowsEverydayEmployers(String name) {
        assertTrue(RoleWords.organisation(name), name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GED", "Gesellenbrief als Tischler", "Meisterprüfung im Friseurhandwerk", "CAP Cuisine", "BEP Vente",
            "Brevet des collèges", "Diplomado en Marketing Digital", "Especialización en Gerencia de Proyectos", "Высшее образование",
            "Maîtrise en géographie", "Profesorado de Música", "Tecnicatura Superior en Desarrollo Web", "Técnico Superior en Sistemas",
            "AA in Real Estate Management", "Associate of Applied Science", "Geprüfter Rettungssanitäter", "Fachwirtin im Gesundheitswesen",
            "Automobil-Mechatroniker EFZ", "Titre professionnel Cuisinier", "Ciclo Formativo de Grado Superior",
            "Степень магистра", "Профессиональная переподготовка", "Повышение квалификации", "Umschulung zum Fachinformatiker",
            "T.S.U en Administración", "Technicien Spécialisé"})
    void knowsQualificationsOfTradesAndSchools(String degree) {
        assertTrue(RoleWords.degree(degree), degree);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"IHK Bayreuth", "Oberstufenzentrum Informations- und Medizintechnik", "OSZ IMT", "Bildungszentrum für Wirtschaft",
            "UFR des Sciences et Techniques", "INSPE de Lyon", "Unidad Educativa Fiscal Quito", "Grupo Escolar Ma. Guzmán",
            "Centro de Formación Profesional", "Государственное образовательное учреждение", "ВШЭ", "Медицинское училище №1",
            "IES Romero Vargas", "HTL Wels", "Univ. Politècnica de València", "Col. San José", "Gymnase du Bugnon", "Gimnazija Bjelovar",
            "Centre De Formation GOMYCODE", "Institución Educativa Agropecuaria La Mesa", "Desert Hills High School", "Udemy",
            "LinkedIn Learning", "Coursera", "Нетология", "Московской школе программистов", "компьютерную академию ШАГ", "ИТМО",
            "НИТУ МИСиС", "ГБОУ СОШ 1367", "РХТУ им. Д.И. Менделеева", "КубГУ", "СПбГМУ", "НИУ ВШЭ"})
    void knowsPlacesOfTrainingBeyondSchoolsAndUniversities(String place) {
        assertTrue(RoleWords.institution(place), place);
    }

    @Test
    void russianPublicBodiesAreNoUniversities() {
        assertFalse(RoleWords.institution("ФГУ «Центр стандартизации»"), "a federal public body");
        assertFalse(RoleWords.institution("ГБУ «Жилищник района»"), "a budget-funded public body");
        assertFalse(RoleWords.institution("ИЩУ РАБОТУ"), "a word in capitals");
    }

    @Test
    void wordsThatOnlyLookLikeThem() {
        assertFalse(RoleWords.degree("cap and gown"), "lower-case 'cap' is no French certificate");
        assertFalse(RoleWords.position("Windkraft Ost GmbH"), "wind power is no worker");
        assertFalse(RoleWords.position("Robert Koch-Institut"), "a surname");
        assertFalse(RoleWords.position("Gründerzentrum Jena"), "a centre for founders");
        assertFalse(RoleWords.position("Führerschein Klasse B"), "a driving licence");
        assertFalse(RoleWords.organisation("insgesamt"), "'amt' at the end of a word");
        assertFalse(RoleWords.organisation("Datenbank"), "a database");
        assertFalse(RoleWords.organisation("Netzwerk"), "a network");
        assertFalse(RoleWords.position("Baker McKenzie"), "a surname");
        assertFalse(RoleWords.institution("Elektriker für 110-kV-Anlagen"), "kilovolts are no school");
        assertFalse(RoleWords.institution("Bootcamp de Desarrollo de Aplicaciones Móviles"), "a course, not who taught it");
    }

    @Test
    void readsAnEntryWhoseTitleAndEmployerAreEverydayWords() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Expériences")
                .bold(50, 130, 10, "Statisticien")
                .text(50, 144, 10, "Unité de recherche ETTIS").right(545, 144, 10, "2019 – aujourd'hui")
                .text(60, 158, 10, "• Plans d'échantillonnage et analyses de données d'enquêtes")
                .bold(50, 180, 10, "Praktikum als Tischler, Holzwerk Süd AG").right(545, 180, 10, "05/2016 – 07/2016").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Unité de recherche ETTIS", "Statisticien", "2019-01", null);
        EntryLayoutsTest.assertJob(jobs.get(1), "Holzwerk Süd AG", "Praktikum als Tischler", "2016-05", "2016-07");
    }

    @Test
    void aCompanyNamedWithEnIsNotSplitIntoPositionAndEmployer() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experiencia")
                .bold(50, 130, 10, "DAYSAM Consultores en Ingeniería y Construcción, S.A de C.V.").right(545, 130, 10, "2015 – 2018")
                .text(50, 144, 10, "Ingeniero estructural")
                .bold(50, 166, 10, "Ingeniera de Datos en Datos Ibéricos SL").right(545, 166, 10, "2019 – 2021").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "DAYSAM Consultores en Ingeniería y Construcción, S.A de C.V.", "Ingeniero estructural",
                "2015-01", "2018-12");
        EntryLayoutsTest.assertJob(jobs.get(1), "Datos Ibéricos SL", "Ingeniera de Datos", "2019-01", "2021-12");
    }

    @Test
    void aNameAfterEnIsTheEmployerUnlessTheTitleTakesAField() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experiencia")
                .bold(50, 130, 10, "Analista Programador Java J2EE en Experis IT").right(545, 130, 10, "04/2018 – 01/2019")
                .text(60, 144, 10, "• Desarrollo de aplicaciones web")
                .bold(50, 166, 10, "Analista programador Java J2EE en RiskMS").right(545, 166, 10, "02/2019 – 07/2019")
                .text(60, 180, 10, "• Análisis técnico y correctivos")
                .bold(50, 202, 10, "Consultor Practicante en Sap Business One").right(545, 202, 10, "2020 – 2021")
                .text(50, 216, 10, "CFR Business & Solutions").pdf());
        assertEquals(3, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Experis IT", "Analista Programador Java J2EE", "2018-04", "2019-01");
        EntryLayoutsTest.assertJob(jobs.get(1), "RiskMS", "Analista programador Java J2EE", "2019-02", "2019-07");
        assertEquals("Consultor Practicante en Sap Business One", jobs.get(2).position()); // an intern's subject, not an employer
    }

    @Test
    void aTitleThatNamesItsFieldWithEnTakesTheLastEnAsTheEmployer() {
        // a developer's CV: "Fecha - Fecha ‖ Puesto en Campo en Empresa", and an apprentice ("Aprendiz de Ruby en LCIbérica.")
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experiencia")
                .text(50, 130, 9, "Febrero 2016 - Actualidad").text(200, 130, 9, "Desarrolladora en Ruby on Rails en Besepa Technologies")
                .text(50, 144, 10, "Tareas de desarrollo y mantenimiento de aplicaciones.")
                .text(50, 166, 9, "Julio 2015 - Febrero 2016").text(200, 166, 9, "Desarrolladora en Ruby on Rails en Ideas4All")
                .text(50, 180, 10, "Corrección de bugs, refactorización y testing.")
                .text(50, 202, 9, "Septiembre 2012 - Octubre 2012").text(200, 202, 9, "Aprendiz de Ruby en LCIbérica.")
                .text(50, 216, 10, "Integración de Ruby y SQL.").pdf());
        assertEquals(3, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Besepa Technologies", "Desarrolladora en Ruby on Rails", "2016-02", null);
        EntryLayoutsTest.assertJob(jobs.get(1), "Ideas4All", "Desarrolladora en Ruby on Rails", "2015-07", "2016-02");
        EntryLayoutsTest.assertJob(jobs.get(2), "LCIbérica", "Aprendiz de Ruby", "2012-09", "2012-10");
    }

    @Test
    void aRangeJoinedByATildeRunsOnToTheNextLine() {
        // Inkscape: the dates in a narrow left column, "Abril 2022 ~" / "Actualidad", or before the title on one line
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experiencia laboral")
                .bold(50, 130, 10, "Diciembre 2023 Desarrollador Web Freelance")
                .text(50, 143, 10, "~ Actualidad").text(160, 143, 10, "PatagoniaDev - Viedma RN")
                .text(160, 156, 10, "Desarrollo bajo demanda de tareas para los sistemas de los clientes")
                .bold(50, 190, 10, "Abril 2022 ~").bold(160, 190, 10, "Desarrollador PHP")
                .text(50, 203, 10, "Actualidad").text(160, 203, 10, "Ministerio de Salud de Río Negro - Viedma RN")
                .text(160, 216, 10, "Mantenimiento y desarrollo de nuevos módulos").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertEquals(List.of("2023-12", "2022-04"), jobs.stream().map(ExperienceEntry::startDate).toList());
        assertEquals(java.util.Arrays.asList(null, null), jobs.stream().map(ExperienceEntry::endDate).toList());
        assertEquals(List.of("Desarrollador Web Freelance", "Desarrollador PHP"), jobs.stream().map(ExperienceEntry::position).toList());
    }

    @Test
    void theEmployersNameLinkedToItsSiteEndsATitleWithoutSeparator() {
        // LaTeX: "\\textbf{Ingeniero de Automatización} \\href{https://elektroautomatik.se/}{Elektroautomatik}", the town on the right
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experiencia")
                .text(50, 130, 9, "Ingeniero de Automatización Elektroautomatik").right(545, 130, 9, "Skövde, Suecia")
                .link(150, 122, 80, 12, "https://elektroautomatik.se/")
                .text(50, 142, 9, "Abril 2024 – Junio 2026").text(60, 156, 9, "• Programación de celdas robóticas")
                .text(50, 180, 9, "Asistente de Investigación ASSAR Industrial Innovation Arena").right(545, 180, 9, "Skövde, Suecia")
                .link(160, 172, 150, 12, "https://assarinnovation.se/")
                .text(50, 192, 9, "Junio 2023 – Agosto 2023").text(60, 206, 9, "• Software de simulación")
                .text(50, 230, 9, "Data Analyst Acme Analytics").right(545, 230, 9, "Lund, Suecia")
                .link(100, 222, 80, 12, "https://github.com/someone/acme")
                .text(50, 242, 9, "2021 – 2022").pdf());
        assertEquals(3, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Elektroautomatik", "Ingeniero de Automatización", "2024-04", "2026-06");
        EntryLayoutsTest.assertJob(jobs.get(1), "ASSAR Industrial Innovation Arena", "Asistente de Investigación", "2023-06", "2023-08");
        assertEquals(-1, TitlePart.linkedName("Data Analyst Acme Analytics", List.of("https://github.com/someone/acme")));
    }

    @Test
    void aTitleLineWhoseTypeTurnsFromBoldToPlainHoldsThePositionAndTheEmployer() {
        // Europass editor: "ENFERMERO" in bold, "SERVICIO CANARIO DE SALUD" in plain capitals, one space apart
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(34, 110, 10, "EXPERIENCIA LABORAL")
                .text(34, 130, 8, "14/08/2017 – 31/08/2022 La Palma, España")
                .bold(34, 142, 10, "ENFERMERO").text(100, 142, 10, "SERVICIO CANARIO DE SALUD")
                .text(34, 160, 9, "• Toma de muestras de sangre").pdf());
        assertEquals(1, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "SERVICIO CANARIO DE SALUD", "ENFERMERO", "2017-08", "2022-08");
        List<PdfWord> words = List.of(new PdfWord("Languages:", 10, 60, 100, 10, true, false),
                new PdfWord("English", 63, 100, 100, 10, false, false));
        assertEquals(List.of("Languages: English"), PdfLayout.boldThenPlain(words, List.of("Languages: English")));
        List<PdfWord> sentence = List.of(new PdfWord("Led", 10, 30, 100, 10, true, false),
                new PdfWord("a", 33, 38, 100, 10, false, false), new PdfWord("team", 41, 70, 100, 10, false, false),
                new PdfWord("of", 73, 83, 100, 10, false, false), new PdfWord("twelve", 86, 120, 100, 10, false, false));
        assertEquals(List.of("Led a team of twelve"), PdfLayout.boldThenPlain(sentence, List.of("Led a team of twelve")));
    }

    @Test
    void anOrganisationAfterFrenchAOrAuIsTheEmployer() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Expérience professionnelle")
                .bold(50, 130, 10, "Stage à la Direction de l’Enfance de l’Eurométropole de Strasbourg").right(545, 130, 10, "05.2023 – 08.2023")
                .text(60, 144, 10, "• Conception d’un système d’information géographique")
                .bold(50, 166, 10, "Infirmière au CHU de Lyon").right(545, 166, 10, "2019 – 2022")
                .text(60, 180, 10, "• Soins en réanimation")
                .bold(50, 202, 10, "Aide à la personne").right(545, 202, 10, "2017 – 2018")
                .text(50, 216, 10, "ADMR Rhône").pdf());
        assertEquals(3, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Direction de l’Enfance de l’Eurométropole de Strasbourg", "Stage", "2023-05", "2023-08");
        EntryLayoutsTest.assertJob(jobs.get(1), "CHU de Lyon", "Infirmière", "2019-01", "2022-12");
        assertEquals("Aide à la personne", jobs.get(2).position()); // a job's name, not a person employing
    }

    @Test
    void anAcronymAfterGermanImIsTheEmployerButAFieldIsNot() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "BERUFSERFAHRUNG")
                .text(50, 130, 10, "03.2017-10.2020").text(150, 130, 10, "Gesundheits- und Krankenpflegerin im UKE")
                .text(50, 150, 10, "04.2015-02.2017").text(150, 150, 10, "Praktikantin im Bereich Marketing").pdf());
        EntryLayoutsTest.assertJob(jobs.get(0), "UKE", "Gesundheits- und Krankenpflegerin", "2017-03", "2020-10");
        assertTrue(jobs.stream().noneMatch(job -> job.company().contains("Bereich")), jobs.toString()); // a field, no employer
    }

    @Test
    void aCapitalisedNameAfterFrenchAIsTheEmployerButATownIsNot() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "EXPÉRIENCES")
                .bold(50, 130, 10, "Enquêtrice à la Croix-Rouge Haïtienne").text(50, 144, 10, "Depuis février 2025")
                .bold(50, 166, 10, "Responsable des finances à Top Média Haïti").text(50, 180, 10, "Mars 2023 – janvier 2025")
                .bold(50, 202, 10, "Vendeuse à Paris").text(50, 216, 10, "2020 – 2022").pdf());
        EntryLayoutsTest.assertJob(jobs.get(0), "Croix-Rouge Haïtienne", "Enquêtrice", "2025-02", null);
        EntryLayoutsTest.assertJob(jobs.get(1), "Top Média Haïti", "Responsable des finances", "2023-03", "2025-01");
        assertTrue(jobs.stream().noneMatch(job -> "Paris".equals(job.company())), jobs.toString()); // a town is no employer
    }

    @Test
    void theEmployerAfterAUnitEmploysAndALongDatedTitleListIsAnEntry() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experience")
                .text(50, 130, 9, "Oct 2017-Feb 2019: Operational Research Manager, Central Analytical Unit, DfE (generally working in SQL and R)")
                .text(60, 144, 9, "• Led new analysis on the educational experience of children in the social care system")
                .text(50, 166, 9, "Feb 2014-Oct 2017: Operational Research Fast Stream Analyst/Manager, Schools and Academies Revenue Funding Unit, "
                        + "DfE (generally working in SQL and Excel)")
                .text(60, 180, 9, "• Led analysis supporting the introduction of the schools national funding formula").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "DfE", "Operational Research Manager", "2017-10", "2019-02");
        EntryLayoutsTest.assertJob(jobs.get(1), "DfE", "Operational Research Fast Stream Analyst/Manager", "2014-02", "2017-10");
    }

    @Test
    void threeCapitalisedWordsAtTheEndOfATitleLineAreAnEmployerNotAPlace() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experience")
                .text(50, 130, 9, "09/2008 – 07/2019")
                .text(50, 144, 10, "Retail assistant • Duty manager • Iceland Frozen Foods")
                .text(50, 166, 9, "2001 - 2006")
                .text(50, 180, 10, "Butcher • Perry Follows Butchers").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertEquals("Iceland Frozen Foods", jobs.get(0).company());
        EntryLayoutsTest.assertJob(jobs.get(1), "Perry Follows Butchers", "Butcher", "2001-01", "2006-12");
    }

    @Test
    void aSchoolNamedWithAtItsCampusIsOneEmployer() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Work Experience")
                .text(50, 130, 10, "Lab Technician, The University of Texas at San Antonio").right(545, 130, 10, "Sep. 2015 - Dec. 2015")
                .text(60, 144, 10, "• Prepared reagents for the general chemistry labs")
                .text(50, 166, 10, "Sales Associate, Follett Bookstore-Downtown UTSA").right(545, 166, 10, "Dec. 29,2017-Jan.26,2018").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "The University of Texas at San Antonio", "Lab Technician", "2015-09", "2015-12");
        EntryLayoutsTest.assertJob(jobs.get(1), "Follett Bookstore-Downtown UTSA", "Sales Associate", "2017-12", "2018-01");
    }

    @Test
    void aFieldInCapitalsAfterEnIsNoEmployer() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Expériences professionnelles")
                .bold(50, 130, 10, "AVRIL – JUIN 2017 : ASSISTANT DE RECHERCHE EN INTELLIGENCE ARTIFICIELLE")
                .text(50, 144, 10, "Tampere University of Technology – Tampere, Finlande")
                .text(50, 158, 10, "Etude des réseaux neuronaux en entraînement supervisé pour la reconnaissance d’images.")
                .bold(50, 180, 10, "2018 – 2019 : ASSISTANT DE RECHERCHE EN TÉLÉCOMMUNICATIONS")
                .text(50, 194, 10, "CentraleSupélec – Rennes, France")
                .text(50, 208, 10, "Etude du NOMA, télécommunication 5G, preuve mathématique et tests en conditions réelles.").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Tampere University of Technology", "ASSISTANT DE RECHERCHE EN INTELLIGENCE ARTIFICIELLE",
                "2017-04", "2017-06");
        assertEquals("CentraleSupélec", jobs.get(1).company()); // a one-word name before its place, not a place
    }

    @Test
    void aDegreeInItsOwnCellIsNoStateAndHowFarTheStudiesCameIsNoDegree() {
        var studies = NameAndContactLayoutsTest.read(EntryLayoutsTest.header().bold(50, 110, 14, "Education")
                .text(50, 130, 10, "MA").text(110, 130, 10, "University of Central Florida, Technical Communications").right(545, 130, 10, "May 2020")
                .text(50, 150, 10, "BS").text(110, 150, 10, "University of Central Florida, Psychology").right(545, 150, 10, "Aug 2010")
                .text(50, 170, 10, "Informatik, 5. Fachsemester, Hochschule Darmstadt, Darmstadt").right(545, 170, 10, "10/2023 – heute")
                .text(50, 190, 10, "Part-time PGDip in Health Data Analytics; UCL").right(545, 190, 10, "Sep 2019 – present").pdf())
                .content().education();
        assertEquals(List.of("MA", "BS", "Informatik", "PGDip"), studies.stream().map(e -> e.degree().replace("Part-time ", "")).toList());
        assertEquals(List.of("University of Central Florida", "University of Central Florida", "Hochschule Darmstadt", "UCL"),
                studies.stream().map(e -> e.institution()).toList());
    }

    @Test
    void aMajorUnderTheSchoolOrADashedDegreeCompletesAStudy() {
        var studies = NameAndContactLayoutsTest.read(EntryLayoutsTest.header().bold(50, 110, 14, "Education")
                .text(50, 130, 10, "UC Irvine, Irvine, CA").right(545, 130, 10, "Graduated 2021")
                .text(50, 144, 10, "Major: Psychological Science & Minor: Film & Media Studies")
                .text(50, 158, 10, "Relevant Coursework: Research Design, Forensic Psychology")
                .bold(50, 180, 10, "2019-CONTINUA: UNIVERSIDAD NACIONAL DEL LITORAL – LICENCIATURA EN TEORIA MUSICAL").pdf())
                .content().education();
        assertEquals(2, studies.size(), studies.toString());
        assertEquals("UC Irvine", studies.get(0).institution());
        assertEquals("Psychological Science", studies.get(0).degree());
        assertEquals("UNIVERSIDAD NACIONAL DEL LITORAL", studies.get(1).institution());
        assertEquals("2019-01", studies.get(1).startDate());
        assertEquals(null, studies.get(1).endDate());
    }

    @Test
    void aShoppingCentreIsNoSalesperson() {
        assertFalse(RoleWords.position("Centre Commercial E. Leclerc"));
        assertFalse(RoleWords.position("Centro Comercial Gran Vía"));
    }

    @Test
    void aSubheadingAboveAnEntryNamesNoEmployer() {
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Expériences professionnelles")
                .bold(50, 130, 11, "Emplois saisonniers")
                .text(50, 146, 10, "2011").text(120, 146, 10, "Rayonniste, Centre Commercial E. Leclerc, Montmorillon (86).").pdf());
        assertEquals(1, jobs.size(), jobs.toString());
        assertEquals("Rayonniste", jobs.get(0).position());
        assertTrue(jobs.get(0).company().startsWith("Centre Commercial E. Leclerc"), jobs.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Technicien de maintenance", "Cook as a second job", "Aa Logistics", "Maîtrisé par l'équipe"})
    void aTradeOrAWordLikeADegreeIsNoDegree(String text) {
        assertFalse(RoleWords.degree(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Jordanien", "Syrie", "Marruecos", "Камерун", "Vereinigte Arabische Emirate", "Bosnie-Herzégovine",
            "Kolumbien", "Перу", "Moldawien", "Afghanistan"})
    void knowsCountriesInTheFiveLanguages(String country) {
        assertTrue(RoleWords.location(country), country);
    }
}
