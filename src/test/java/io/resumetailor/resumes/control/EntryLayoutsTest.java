package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dated entries in the layouts real resumes use; one failure class seen on real resumes each. */
class EntryLayoutsTest {

    static List<ExperienceEntry> jobs(byte[] pdf) {
        return NameAndContactLayoutsTest.read(pdf).content().experience();
    }

    static PdfCanvas header() {
        return new PdfCanvas().bold(50, 50, 22, "Jane Doe").text(50, 70, 10, "jane.doe@example.org");
    }

    /** An experience section with one position under the given header. */
    static byte[] jobsPage(PdfCanvas header) {
        return header.bold(50, 110, 14, "Berufserfahrung")
                .text(50, 135, 10, "Platform Engineer, KION Information Management Services GmbH").right(545, 135, 10, "09/2019 – 01/2022")
                .text(60, 149, 10, "• Deployment-Pipelines mit Jenkins und Terraform").pdf();
    }

    static void assertJob(ExperienceEntry job, String company, String position, String start, String end) {
        assertEquals(company, job.company(), "company");
        assertEquals(position, job.position(), "position");
        assertEquals(start, job.startDate(), "start");
        assertEquals(end, job.endDate(), "end");
    }

    @Test
    void readsDatesInAMarginColumnWrappedAfterTheDash() {
        List<ExperienceEntry> jobs = jobs(header().bold(120, 110, 14, "Berufserfahrung")
                .right(110, 135, 10, "04/2021 –").text(120, 135, 10, "Senior Softwareentwicklerin, Nordlicht Logistik GmbH, Hamburg")
                .right(110, 149, 10, "heute").text(120, 149, 9, "• Architektur der Sendungsverfolgung mit Kafka")
                .right(110, 175, 10, "09/2017 –").text(120, 175, 10, "Softwareentwicklerin, Hanse Datentechnik AG, Bremen")
                .right(110, 189, 10, "03/2021").text(120, 189, 9, "• Migration einer Lagerverwaltung nach PostgreSQL").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Nordlicht Logistik GmbH", "Senior Softwareentwicklerin", "2021-04", null);
        assertJob(jobs.get(1), "Hanse Datentechnik AG", "Softwareentwicklerin", "2017-09", "2021-03");
    }

    @Test
    void keepsTheEndOfARangeWrappedInTheDateColumnOutOfTheDescription() {
        List<ExperienceEntry> jobs = jobs(header().bold(120, 110, 14, "Experiencia Laboral")
                .right(110, 135, 10, "2021 –").text(120, 135, 10, "Ingeniero de Desarrollo, Nordsur Ingeniería SL, Granada.")
                .right(110, 149, 10, "actualidad").text(120, 149, 9, "Definición de la arquitectura de proyectos firmware.")
                .text(120, 163, 9, "Integración de herramientas colaborativas.")
                .right(110, 185, 10, "2018 –").text(120, 185, 10, "Ingeniero Software, Real-Time Innovations SL, Granada.")
                .right(110, 199, 10, "2021").text(120, 199, 9, "Desarrollo de características en el núcleo del producto.").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Nordsur Ingeniería SL", "Ingeniero de Desarrollo", "2021-01", null);
        assertEquals("Definición de la arquitectura de proyectos firmware.\nIntegración de herramientas colaborativas.",
                jobs.get(0).description());
        assertEquals("Desarrollo de características en el núcleo del producto.", jobs.get(1).description());
    }

    @Test
    void readsAHyphenDrawnTwiceAsOne() {
        float hyphen = 50 + PdfCanvas.width(PdfCanvas.REGULAR, 10, "Full");
        float soft = 50 + PdfCanvas.width(PdfCanvas.REGULAR, 10, "Werkstudent, Nord");
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Experience")
                .text(50, 135, 10, "Full-Stack Developer, Acme GmbH").text(hyphen + 0.9f, 135, 10, "-")
                .right(545, 135, 10, "03/2019 - 05/2022")
                .text(50, 165, 10, "Werkstudent, Nord-Ostsee Software AG").text(soft, 165, 10, "\u00AD")
                .right(545, 165, 10, "10/2016 - 02/2019").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Acme GmbH", "Full-Stack Developer", "2019-03", "2022-05");
        assertJob(jobs.get(1), "Nord-Ostsee Software AG", "Werkstudent", "2016-10", "2019-02");
    }

    @Test
    void takesTheDurationAfterARangeForNoEmployer() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Experience")
                .text(50, 135, 10, "Data Analyst, Nordwind Logistics GmbH").right(545, 135, 10, "Jan 2020 - Mar 2022 (2 years 3 months)")
                .text(50, 165, 10, "Junior Developer").right(545, 165, 10, "Sep 2017 - Dec 2019 · 2 yrs 4 mos")
                .text(50, 179, 10, "Hanse Datentechnik AG").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Nordwind Logistics GmbH", "Data Analyst", "2020-01", "2022-03");
        assertJob(jobs.get(1), "Hanse Datentechnik AG", "Junior Developer", "2017-09", "2019-12");
    }

    @Test
    void readsATitleListThatEndsOnItsSeasonAfterAColon() {
        // an American teacher's resume from Word: title, school, town and state, then the term
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 12, "PROFESSIONAL TEACHING EXPERIENCE")
                .text(50, 128, 10, "Fourth Grade Student Teacher (Practicum II), Pine Creek Elementary School, Red Bluff, CA: Spring 2014")
                .text(60, 142, 10, "• Current student teaching placement will be completed in May 2014.")
                .text(50, 156, 10, "Second Grade Student Teacher (Practicum I), Shasta Elementary School, Chico, CA: Fall 2013")
                .text(60, 170, 10, "• Responsible for planning and delivering lessons, classroom management, and grading").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Pine Creek Elementary School", "Fourth Grade Student Teacher (Practicum II)", "2014-03", "2014-03");
        assertJob(jobs.get(1), "Shasta Elementary School", "Second Grade Student Teacher (Practicum I)", "2013-09", "2013-09");
    }

    @Test
    void takesAShortTitleListedRightAboveTheEmployerAndItsDates() {
        // a LaTeX CV: each position a list item, the employer with its years on the next line
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 12, "Working experience:")
                .text(60, 128, 10, "• Specialist on Macro modeling")
                .text(70, 142, 10, "Central Reserve Bank of Peru (2015-2018)")
                .text(70, 156, 9, "Responsible for maintaining and updating the macroeconomic models.")
                .text(60, 172, 10, "• Specialist in Balance of Payment Statistics")
                .text(70, 186, 10, "Central Reserve Bank of Peru (2013-2015)")
                .text(70, 200, 9, "Compilation and reporting of international trade statistics.").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Central Reserve Bank of Peru", "Specialist on Macro modeling", "2015-01", "2018-12");
        assertJob(jobs.get(1), "Central Reserve Bank of Peru", "Specialist in Balance of Payment Statistics", "2013-01", "2015-12");
    }

    @Test
    void takesADegreeListedRightAboveTheSchoolAndItsDates() {
        // the same LaTeX CV's education: each degree a list item, the school with its years on the next line
        var education = NameAndContactLayoutsTest.read(header().bold(50, 110, 12, "Education:")
                .text(60, 128, 10, "• Ph.D. in Economics")
                .text(70, 142, 10, "Boston College, Boston (2018 – currently)")
                .text(60, 160, 10, "• M.A. in Economics")
                .text(70, 174, 10, "Boston College, Boston (2018 – 2019)")
                .text(60, 192, 10, "• BA. in Economics")
                .text(70, 206, 10, "Universidad Nacional Agraria La Molina, Lima (2009 – 2013)").pdf())
                .content().education();
        assertEquals(List.of("Boston College", "Boston College", "Universidad Nacional Agraria La Molina"),
                education.stream().map(e -> e.institution()).toList(), education.toString());
        assertEquals(List.of("Ph.D.", "M.A.", "BA."), education.stream().map(e -> e.degree()).toList());
        assertEquals(List.of("Economics", "Economics", "Economics"), education.stream().map(e -> e.field()).toList());
        assertEquals(List.of("2018-01", "2018-01", "2009-01"), education.stream().map(e -> e.startDate()).toList());
    }

    @Test
    void readsTheNextDegreesListedUnderOneSchoolAsThatSchools() {
        ParsedResume parsed = ResumeReader.read(new ExtractedText(List.of(TextLine.plain("Dora Lind"),
                TextLine.plain("dora.lind@example.org"), TextLine.plain("Education"),
                TextLine.plain("University of Pittsburgh at Greensburg"), TextLine.plain("BA in English Literature (2019)"),
                TextLine.plain("Westmoreland County Community College"), TextLine.plain("AA in Business General Management (2007)"),
                TextLine.plain("AA in Real Estate Management (2007)"), TextLine.plain("AA in Small Business Management (2007)")),
                List.of()));
        var education = parsed.content().education();
        assertEquals(List.of("University of Pittsburgh at Greensburg", "Westmoreland County Community College",
                "Westmoreland County Community College", "Westmoreland County Community College"),
                education.stream().map(e -> e.institution()).toList(), education.toString());
        assertEquals(List.of("English Literature", "Business General Management", "Real Estate Management", "Small Business Management"),
                education.stream().map(e -> e.field()).toList());
        assertTrue(parsed.uncertain().contains("education[2].institution"), parsed.uncertain().toString());
    }

    @Test
    void readsHigherEducationHeadingsAndAQualificationBesideTheFaculty() {
        // a Google Docs export: "Высшее образование", the dates, the university, its faculty and the qualification
        ParsedResume parsed = ResumeReader.read(new ExtractedText(List.of(TextLine.plain("Токарева Мария"),
                TextLine.plain("maria.tokareva@example.ru"), TextLine.plain("Высшее образование"),
                TextLine.plain("сентябрь 2005 - июнь 2010 г."), TextLine.plain("Удмуртский Государственный университет, г. Ижевск"),
                TextLine.plain("Исторический факультет, Преподаватель истории")), List.of()));
        var education = parsed.content().education();
        assertEquals(1, education.size(), education.toString());
        assertEquals("Удмуртский Государственный университет", education.get(0).institution());
        assertEquals("Преподаватель истории", education.get(0).degree()); // the faculty names no degree
        assertEquals("2005-09", education.get(0).startDate());
        assertTrue(parsed.uncertain().contains("education[0].degree"), parsed.uncertain().toString());
    }

    @Test
    void readsAltaCvEntriesWhoseDatesAndPlaceFollowACalendarMark() {
        // AltaCV: title, employer, then the dates and the town, each after an icon that extracts as a list mark;
        // the duties are list items too, and each degree stands above its school and dates
        ParsedResume parsed = NameAndContactLayoutsTest.read(header().bold(50, 110, 17, "EXPERIENCIA")
                .text(50, 135, 11, "Asesor Técnico").bold(50, 150, 9, "SUMMAR TEMPORALES S.A.S")
                .text(50, 164, 8, "• Febrero 2019 – En curso").text(200, 164, 8, "Medellín")
                .text(50, 178, 9, "• Realizar la instalación y el mantenimiento de los equipos de diagnóstico.")
                .text(50, 200, 11, "Control de Instrumentación").bold(50, 215, 9, "POLCO S.A.S")
                .text(50, 229, 8, "• Marzo 2017 – Enero 2019").text(200, 229, 8, "Medellín")
                .text(50, 243, 9, "• Brindar el soporte técnico comercial para la venta de los productos.")
                .bold(50, 275, 17, "EDUCACIÓN")
                .text(50, 300, 11, "Maestría en Ingeniería Electrónica").bold(50, 315, 9, "Universidad de los Andes")
                .text(50, 329, 8, "Sept 2017 – June 2019")
                .text(50, 350, 11, "Ingeniería Electrónica").bold(50, 365, 9, "Universidad de Antioquia")
                .text(50, 379, 8, "Sept 2010 – June 2017").pdf());
        List<ExperienceEntry> jobs = parsed.content().experience();
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "SUMMAR TEMPORALES S.A.S", "Asesor Técnico", "2019-02", null);
        assertJob(jobs.get(1), "POLCO S.A.S", "Control de Instrumentación", "2017-03", "2019-01");
        var education = parsed.content().education();
        assertEquals(List.of("Universidad de los Andes", "Universidad de Antioquia"),
                education.stream().map(e -> e.institution()).toList(), education.toString());
        assertEquals(List.of("Maestría", "Ingeniería Electrónica"), education.stream().map(e -> e.degree()).toList());
        assertEquals(List.of("2017-09", "2010-09"), education.stream().map(e -> e.startDate()).toList());
    }

    @Test
    void readsAHeadingWithAFullStopAndJobsWhoseDatesAreBracketedInASentence() {
        // a Word CV: "Опыт работы." in larger type, each job a sentence with its dates in brackets and its duties after them
        List<ExperienceEntry> jobs = jobs(header().cyrillic(50, 110, 14, "Опыт работы.")
                .cyrillic(50, 130, 12, "Стажировка в Государственной Думе (январь – март 2017), подготовка пресс-релизов,")
                .cyrillic(50, 145, 12, "составление отчетов, формирование повестки дня.")
                .cyrillic(50, 165, 12, "Корреспондент в редакции «Стена» (май 2018 – июнь 2019), интервью и репортажи о культуре.").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Государственной Думе", "Стажировка", "2017-01", "2017-03");
        assertEquals("подготовка пресс-релизов,\nсоставление отчетов, формирование повестки дня.", jobs.get(0).description());
        assertEquals("2018-05", jobs.get(1).startDate());
        assertEquals("интервью и репортажи о культуре.", jobs.get(1).description());
    }

    @Test
    void readsWhatWasStudiedBeforeTheSchoolAndItsTownWithoutADegree() {
        // moderncv: "year ‖ what, school, town, Ohne Abschluss": a course left without a degree
        var education = ResumeReader.read(new ExtractedText(List.of(TextLine.plain("Liridon Drenica"),
                TextLine.plain("liridon@example.de"), TextLine.plain("Bildungsweg"),
                TextLine.plain("2024-2025 Informatik, Heinrich-Heine-Universität, Düsseldorf, Ohne Abschluss"),
                TextLine.plain("2 Semester")), List.of())).content().education();
        assertEquals(1, education.size(), education.toString());
        assertEquals("Heinrich-Heine-Universität", education.get(0).institution());
        assertEquals("Informatik", education.get(0).degree());
    }

    @Test
    void takesABrandNamedByItsDomainForTheEmployerButNoWebAddress() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "EXPERIENCES")
                .text(50, 130, 9, "Développeur Full-Stack").text(170, 130, 9, "Coursier.fr").text(300, 130, 9, "Avril 2021 - Actuel")
                .text(50, 145, 10, "• Développement d’outils internes de gestion du personnel.")
                .text(50, 165, 9, "Enseignant").text(170, 165, 9, "Lycée Pauline Roland").text(300, 165, 9, "Septembre 2017 - Septembre 2020")
                .text(50, 180, 9, "hesperides.fr/portfolio").pdf());
        assertJob(jobs.get(0), "Coursier.fr", "Développeur Full-Stack", "2021-04", null);
        assertJob(jobs.get(1), "Lycée Pauline Roland", "Enseignant", "2017-09", "2020-09");
        assertEquals(2, jobs.size(), jobs.toString());
        assertTrue(jobs.stream().noneMatch(job -> job.company().contains("hesperides")), jobs.toString()); // an address
    }

    @Test
    void leavesTheEmployersUnitAfterThePositionsCommaOutOfThePosition() {
        // a Word CV: "Position, unit" over the employer and the dates; "Manager, Operations" keeps its field
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Professional Experience")
                .text(50, 130, 10, "Circulation Supervisor, Wyndham Robertson Library").text(50, 144, 10, "Hollins University")
                .right(545, 144, 10, "2003 – 2006")
                .text(50, 164, 10, "Manager, Operations").text(50, 178, 10, "Northwind Logistics GmbH").right(545, 178, 10, "2006 – 2010").pdf());
        assertJob(jobs.get(0), "Hollins University", "Circulation Supervisor", "2003-01", "2006-12");
        assertEquals("Manager, Operations", jobs.get(1).position());
        assertEquals("Engineer, Embedded Systems", ExperienceReader.withoutUnit("Engineer, Embedded Systems", "Bosch GmbH"));
        assertEquals("Analyst, Financial Services", ExperienceReader.withoutUnit("Analyst, Financial Services", "KPMG"));
    }

    @Test
    void takesTheNameAfterBracketedDatesForNoDescription() {
        // "Position (dates), Employer": the employer after the dates is no duty
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Experience")
                .text(50, 130, 10, "Software Engineer (Jan 2019 – Mar 2020), Acme Corp GmbH").pdf());
        assertTrue(jobs.stream().noneMatch(job -> job.description() != null && job.description().contains("Acme")), jobs.toString());
    }

    @Test
    void keepsTheSurnameAfterInitialsInTwoSchoolsNames() {
        // the same university twice, named after a person: "Менделеева" ends both names but is no town
        var education = ResumeReader.read(new ExtractedText(List.of(TextLine.plain("Холмова Ольга"),
                TextLine.plain("olga@example.ru"), TextLine.plain("Образование"),
                TextLine.plain("2014 - 2018 гг. – Бакалавр, РХТУ им. Д.И. Менделеева"),
                TextLine.plain("2015 - 2018 гг. – Переводчик, РХТУ им. Д. И. Менделеева")), List.of())).content().education();
        assertEquals(List.of("РХТУ им. Д.И. Менделеева", "РХТУ им. Д. И. Менделеева"),
                education.stream().map(e -> e.institution()).toList(), education.toString());
    }

    @Test
    void takesNoTotalTimeWorkedAboveTheFirstJobForItsTitle() {
        ParsedResume parsed = ResumeReader.read(new ExtractedText(List.of(TextLine.plain("Казакова Анна"),
                TextLine.plain("anna.kazakova@example.ru"), TextLine.plain("Опыт работы"), TextLine.plain("(2 года 2 месяца)"),
                TextLine.plain("2016 – 2018 АО ПРОМСТРОЙ ГРУП – Синхронный переводчик с английского языка")), List.of()));
        List<ExperienceEntry> jobs = parsed.content().experience();
        assertEquals(1, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "АО ПРОМСТРОЙ ГРУП", "Синхронный переводчик с английского языка", "2016-01", "2018-12");
    }

    @Test
    void readsTwoOpenRangesOneAboveTheOtherAsTwoOngoingPositions() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 11, "Work experience")
                .text(50, 130, 9, "February 2026 -").text(150, 130, 9, "Associate Editor (part-time), Physical Review D,")
                .text(50, 146, 9, "June 2025 -").text(150, 146, 9, "Associate Professor, National Centre for Nuclear Research, Warsaw, Poland")
                .text(50, 162, 9, "Dec 2018 - May 2025").text(150, 162, 9, "Assistant Professor, National Centre for Nuclear Research, Warsaw, Poland")
                .pdf());
        assertEquals(3, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Physical Review D", "Associate Editor (part-time)", "2026-02", null);
        assertJob(jobs.get(1), "National Centre for Nuclear Research", "Associate Professor", "2025-06", null);
    }

    @Test
    void splitsNoTitleInsideItsBracketAndLeavesADutiesRemarkOut() {
        ParsedResume parsed = ResumeReader.read(new ExtractedText(List.of(TextLine.plain("Агафонова Мария"),
                TextLine.plain("maria.agafonova@example.ru"), TextLine.plain("Опыт работы"),
                new TextLine(List.of("2014-2016 Ансамбль «Чародейка»", "Артист ансамбля танца (участие в концертной деятельности)"),
                        0, false, 1, -1, -1, false, -1, List.of(), false, false)), List.of()));
        List<ExperienceEntry> jobs = parsed.content().experience();
        assertEquals(1, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Ансамбль «Чародейка»", "Артист ансамбля танца", "2014-01", "2016-12");
    }

    @Test
    void readsRussianYearMarksAndTakesNoTimeForAnEmployer() {
        ParsedResume russian = ResumeReader.read(new ExtractedText(List.of(TextLine.plain("Иван Петров"),
                TextLine.plain("ivan.petrov@example.ru"), TextLine.plain("Опыт работы"),
                TextLine.plain("Март 2017г- март 2019г."), TextLine.plain("Инженер УТП в ГК «Северный ветер»"),
                TextLine.plain("февраль 2020г - по настоящее время"), TextLine.plain("Ведущий инженер отдела IT"),
                TextLine.plain("-изменение должности в августе 2022г.")), List.of()));
        List<ExperienceEntry> jobs = russian.content().experience();
        assertJob(jobs.get(0), "ГК «Северный ветер»", "Инженер УТП", "2017-03", "2019-03");
        assertTrue(jobs.stream().noneMatch(job -> job.company().contains("августе")), jobs.toString());
    }

    @Test
    void takesNoDescriptionLineBelowTheDateForTheEmployer() {
        ParsedResume russian = ResumeReader.read(new ExtractedText(List.of(TextLine.plain("Иван Петров"),
                TextLine.plain("ivan.petrov@example.ru"), TextLine.plain("Опыт работы"),
                TextLine.plain("Май 2024 - н.в. (1 год)"), TextLine.plain("Backend developer"),
                TextLine.plain("Разрабатывал и принимал соглашения и стандарты внутри команды. Онбордил новых"),
                TextLine.plain("сотрудников, вводил задачи")), List.of()));
        assertEquals(List.of(), russian.content().experience(), "neither the duration nor a description line is an employer");
        assertTrue(russian.uncertain().stream().anyMatch(u -> u.startsWith("experience[0]")), russian.uncertain().toString());
    }

    @Test
    void takesTheTownAtTheEndOfADateLineForNoEmployerWhenTheEmployerIsBelow() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Professional experience")
                .bold(50, 135, 10, "2017 - 2020").bold(150, 135, 10, "Lead developer frontend").right(545, 135, 10, "Lyon")
                .text(150, 149, 11, "Lepermislibre")
                .text(150, 165, 9, "Refonte de la plateforme candidat")
                .bold(50, 190, 10, "2014 - 2017").bold(150, 190, 10, "Software Engineer").right(545, 190, 10, "Acme GmbH")
                .text(150, 206, 9, "• Rendering in the cloud").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Lepermislibre", "Lead developer frontend", "2017-01", "2020-12");
        assertJob(jobs.get(1), "Acme GmbH", "Software Engineer", "2014-01", "2017-12");
    }

    @Test
    void readsASoftHyphenAsTheDashOfARangeAndCompanyAbovePosition() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Work Experience")
                .bold(50, 135, 11, "Dunamu Inc.").right(545, 135, 9, "Seoul, S.Korea")
                .text(50, 149, 10, "DevOps Engineer").right(545, 149, 9, "Sep. 2023 \u00AD Mar. 2024")
                .text(60, 163, 9, "• Led service mesh research across clusters").pdf());
        assertEquals(1, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Dunamu Inc.", "DevOps Engineer", "2023-09", "2024-03");
    }

    @Test
    void readsAWordPerLineDrawingInAnyOrder() {
        byte[] pdf = header().bold(50, 110, 14, "Experience")
                .bold(50, 135, 11, "LionLike MindState, Pomona, CA").right(545, 135, 10, "June 2012 – Present")
                .text(50, 149, 10, "Volunteer")
                .text(60, 163, 10, "• Plan two yearly outreach events").scrambled();
        List<ExperienceEntry> jobs = jobs(pdf);
        assertEquals(1, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "LionLike MindState", "Volunteer", "2012-06", null);
    }

    @Test
    void readsTwoColumnsOneAfterTheOther() {
        PdfCanvas canvas = new PdfCanvas().bold(40, 50, 20, "John Doe").text(40, 75, 9, "john.doe@example.com")
                .bold(40, 110, 12, "Skills").text(40, 128, 9, "HTML5, JavaScript").text(40, 141, 9, "PHP, Python")
                .text(40, 154, 9, "Docker, Git").bold(40, 180, 12, "Languages").text(40, 198, 9, "English (C1)");
        float top = 102;
        for (String[] job : new String[][]{{"Creative Solutions Inc.", "Senior Web Developer", "January 2019 to Present"},
                {"TechAdvancers", "Web Developer", "June 2016 to December 2018"}}) {
            canvas.text(220, top, 11, job[0]).right(560, top, 10, job[2]).text(220, top + 15, 11, job[1])
                    .text(230, top + 31, 10, "• Built and ran the web shop for two years").text(230, top + 45, 10, "• Mentored two developers");
            top += 75;
        }
        canvas.bold(220, 80, 14, "Experience");
        var parsed = NameAndContactLayoutsTest.read(canvas.pdf()).content();
        assertEquals(List.of("HTML5", "JavaScript", "PHP", "Python", "Docker", "Git"), parsed.skills());
        assertEquals(2, parsed.experience().size(), parsed.experience().toString());
        assertJob(parsed.experience().get(0), "Creative Solutions Inc.", "Senior Web Developer", "2019-01", null);
        assertJob(parsed.experience().get(1), "TechAdvancers", "Web Developer", "2016-06", "2018-12");
        assertEquals("English", parsed.languages().get(0).language());
    }

    @Test
    void readsAJobPortalExportAndATillDateRange() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Work Experience")
                .text(50, 135, 10, "Incubit Global Business Services as Senior Software Developer")
                .text(50, 149, 10, "Jan 2018 to Till Date")
                .text(50, 163, 10, "Key Responsibilities:")
                .text(50, 177, 10, "Manage software development projects and support.")
                .text(50, 205, 10, "Agile Financial Technologies as Consultant")
                .text(50, 219, 10, "Jul 2010 to Apr 2016").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Incubit Global Business Services", "Senior Software Developer", "2018-01", null);
        assertJob(jobs.get(1), "Agile Financial Technologies", "Consultant", "2010-07", "2016-04");
    }

    @Test
    void givesSeveralPositionsTheEmployerNamedAboveThem() {
        var parsed = NameAndContactLayoutsTest.read(header().bold(50, 110, 14, "Experiencia laboral")
                .bold(50, 135, 10, "UNIVERSIDAD DE CHILE")
                .bold(50, 150, 10, "Profesor Auxiliar de Análisis de Datos. 2024")
                .text(50, 164, 10, "Clases a más de 130 alumnos de ingeniería cada semestre del año.")
                .bold(50, 190, 10, "Ayudante de Ingeniería de la Información. 2023")
                .text(50, 204, 10, "Revisión de controles y tareas de setenta alumnos del curso.").pdf());
        List<ExperienceEntry> jobs = parsed.content().experience();
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "UNIVERSIDAD DE CHILE", "Profesor Auxiliar de Análisis de Datos", "2024-01", "2024-12");
        assertJob(jobs.get(1), "UNIVERSIDAD DE CHILE", "Ayudante de Ingeniería de la Información", "2023-01", "2023-12");
        assertTrue(parsed.uncertain().contains("experience[1].company: the employer of the entry above"), parsed.uncertain().toString());
    }

    @Test
    void leavesOutAnEntryWhoseRolesNoWordAndNoOrderTells() {
        var parsed = NameAndContactLayoutsTest.read(header().bold(50, 110, 14, "Experience")
                .bold(50, 135, 11, "Kasa").right(545, 135, 10, "2018 - 2021").text(50, 149, 10, "Yellow Submarine").pdf());
        assertTrue(parsed.content().experience().isEmpty(), parsed.content().experience().toString());
        assertTrue(parsed.uncertain().stream().anyMatch(u -> u.startsWith("experience[0]")), parsed.uncertain().toString());
    }

    @Test
    void takesNoCourseForAPosition() {
        var parsed = NameAndContactLayoutsTest.read(header().bold(50, 110, 14, "Courses and internships")
                .bold(50, 135, 11, "Java course for developers | Lanit | Moscow").right(545, 135, 10, "Nov 2023 - Feb 2024")
                .bold(50, 165, 11, "Research Intern | DESY | Hamburg").right(545, 165, 10, "Jun 2016 - Sep 2016").pdf());
        List<ExperienceEntry> jobs = parsed.content().experience();
        assertEquals(1, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "DESY", "Research Intern", "2016-06", "2016-09");
        assertNull(jobs.get(0).links());
    }

    @Test
    void readsARangeStackedDownADateColumnSetOffTheBaselines() {
        List<ExperienceEntry> jobs = jobs(header().bold(100, 110, 17, "EXPÉRIENCES PROFESSIONNELLES")
                .bold(100, 140, 12, "Developpeur R Shiny, stage").text(45, 141.5f, 11, "Avr 2020")
                .text(100, 152, 12, "CERDI CNRS").text(45, 153.5f, 11, "|")
                .text(100, 164, 11, "Clermont-Ferrand, France").text(45, 165.5f, 11, "Juil 2020")
                .text(110, 177, 11, "• Utilisation de R et du framework Shiny pour l'application")
                .bold(100, 200, 12, "Data Scientist, intern").text(45, 201.5f, 11, "Avr 2019")
                .text(100, 212, 12, "SAS LogoSapience").text(45, 213.5f, 11, "|")
                .text(110, 224, 11, "• Utilisation de R et de Python pour un système de recommandation").text(45, 225.5f, 11, "Jun 2019")
                .pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "CERDI CNRS", "Developpeur R Shiny, stage", "2020-04", "2020-07");
        assertJob(jobs.get(1), "SAS LogoSapience", "Data Scientist, intern", "2019-04", "2019-06");
    }

    @Test
    void keepsATitleWholeBesideAYearCentredOnItsTwoLines() {
        var education = NameAndContactLayoutsTest.read(header().bold(100, 110, 20, "Formación")
                .text(100, 140, 14, "Técnico Superior en Desarrollo de Aplicaciones").text(45, 148, 12, "2022")
                .text(100, 156, 14, "Multiplataforma.").text(100, 172, 11, "Centro TEIDE IV")
                .text(100, 198, 14, "Bachillerato Científico-Tecnológico").text(45, 198, 12, "2021")
                .text(100, 214, 11, "IES Barrio Simancas")
                .text(100, 240, 14, "Curso de desarrollo web").text(45, 240, 12, "2018")
                .text(100, 256, 11, "freeCodeCamp").pdf())
                .content().education();
        assertEquals(2, education.size(), education.toString()); // a web course at freeCodeCamp names no degree
        assertEquals("Centro TEIDE IV", education.get(0).institution());
        assertEquals("Técnico Superior", education.get(0).degree());
        assertEquals("Desarrollo de Aplicaciones Multiplataforma", education.get(0).field());
        assertEquals("2022-12", education.get(0).endDate());
        assertEquals("IES Barrio Simancas", education.get(1).institution());
    }

    @Test
    void leavesACityAndAStateWrittenOutOffTheEmployer() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "EXPERIENCE")
                .bold(50, 135, 12, "Squeeze Media, Orem, Utah — Business Development Representative")
                .text(50, 151, 10, "August 2021 - January 2023")
                .text(50, 167, 10, "I worked with companies contracted with Squeeze Media to help grow their businesses.").pdf());
        assertEquals(1, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Squeeze Media", "Business Development Representative", "2021-08", "2023-01");
    }
    @Test
    void readsDatesSetAsTheFirstListItemBelowAOneLineTitle() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Berufserfahrung")
                .bold(50, 135, 11, "Werkstudent als Statiker, Brückenbau Nord GmbH, Kiel")
                .text(60, 150, 10, "• Seit Oktober 2023")
                .bold(50, 175, 11, "Praktikum als Tischler, Holzwerk Süd AG, Passau")
                .text(60, 190, 10, "• Mai 2020 – Januar 2021")
                .text(60, 204, 10, "• sechswöchiges Praktikum in der Werkstatt")
                .bold(50, 229, 11, "Praktikum als Maler, Farbenhaus West KG, Trier")
                .text(60, 244, 10, "• 2016")
                .text(60, 258, 10, "• dreiwöchiges Schulpraktikum").pdf());
        assertEquals(3, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Brückenbau Nord GmbH", "Werkstudent als Statiker", "2023-10", null);
        assertJob(jobs.get(1), "Holzwerk Süd AG", "Praktikum als Tischler", "2020-05", "2021-01");
        assertJob(jobs.get(2), "Farbenhaus West KG", "Praktikum als Maler", "2016-01", "2016-12"); // a year alone spans the year
    }

    @Test
    void readsAnExpectedEndAsTheEndOfTheRange() {
        assertEquals("2025-08", MonthRange.find("März 2024 - voraussichtlich August 2025").orElseThrow().end().toString());
        assertEquals("2026-06", MonthRange.find("Sep 2022 – expected Jun 2026").orElseThrow().end().toString());
    }
    @Test
    void readsAMarginOfHeadingsAndDatesBesideAListLabelNamingProgrammingLanguages() {
        PdfCanvas canvas = new PdfCanvas().bold(200, 50, 14, "Jane Doe").text(200, 68, 9, "jane.doe@example.org")
                .text(50, 110, 9, "WORK EXPERIENCE")
                .text(50, 135, 9, "01/03/2017–30/06/2019").bold(200, 135, 11, "Support agent")
                .text(200, 150, 10, "Helpline Ltd, Leeds (United Kingdom)")
                .text(210, 165, 9, "• Second-level support for business customers")
                .text(210, 179, 9, "• Knowledge in the following programming languages:")
                .text(220, 193, 9, "Java | Python | SQL")
                .text(50, 215, 9, "01/09/2019–31/05/2021").bold(200, 215, 11, "Junior web developer")
                .text(200, 230, 10, "Pixelhaus, York (United Kingdom)")
                .text(210, 245, 9, "• Front ends for regional shops")
                .text(50, 275, 9, "EDUCATION AND TRAINING")
                .text(50, 300, 9, "2012–2016").bold(200, 300, 11, "Bachelor of Science in Computing")
                .text(200, 315, 10, "University of Leeds, Leeds (United Kingdom)");
        List<ExperienceEntry> jobs = jobs(canvas.pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertEquals(List.of("2017-03", "2019-09"), jobs.stream().map(ExperienceEntry::startDate).toList());
        assertEquals(List.of("Support agent", "Junior web developer"), jobs.stream().map(ExperienceEntry::position).toList());
    }

    @Test
    void readsAGermanSchoolTimelineWithTheSchoolTypeAboveTheSchoolsName() {
        var education = NameAndContactLayoutsTest.read(header().bold(50, 110, 14, "Schulbildung")
                .text(50, 135, 10, "Weiterführende Schule").right(545, 135, 10, "2012 - 2017")
                .text(50, 149, 10, "Astrid-Lindgren-Realschule, Kassel")
                .text(50, 163, 10, "Abschluss: Fachhochschulreife")
                .text(50, 190, 10, "Grundschule").right(545, 190, 10, "2008 - 2012")
                .text(50, 204, 10, "Brüder-Grimm-Grundschule, Kassel").pdf())
                .content().education();
        assertEquals(1, education.size(), education.toString()); // the primary school names no degree
        assertEquals("Astrid-Lindgren-Realschule", education.get(0).institution());
        assertEquals("Fachhochschulreife", education.get(0).degree());
        assertEquals("2017-12", education.get(0).endDate());
    }

    @Test
    void readsTheDegreeAStudentWorksTowards() {
        var education = NameAndContactLayoutsTest.read(header().bold(50, 110, 14, "Ausbildung")
                .bold(50, 135, 10, "Technische Universität Dortmund").right(545, 135, 10, "10/2023 – heute")
                .text(50, 149, 10, "Angestrebter Abschluss: Master of Science (Bauingenieurwesen)").pdf())
                .content().education();
        assertEquals(1, education.size(), education.toString());
        assertEquals("Master of Science (Bauingenieurwesen)", education.get(0).degree());
    }

    @Test
    void readsFrenchDegreeAbbreviations() {
        var education = NameAndContactLayoutsTest.read(header().bold(50, 110, 14, "Formations")
                .text(50, 135, 10, "Mastère Cybersécurité").right(545, 135, 10, "2021 - 2023")
                .text(50, 149, 10, "Institut Supérieur de Lille")
                .text(50, 175, 10, "LP Métiers du Numérique").right(545, 175, 10, "2019 - 2020")
                .text(50, 189, 10, "IUT de Lens").pdf())
                .content().education();
        assertEquals(List.of("Mastère Cybersécurité", "LP Métiers du Numérique"), education.stream().map(e -> e.degree()).toList());
        assertEquals(List.of("Institut Supérieur de Lille", "IUT de Lens"), education.stream().map(e -> e.institution()).toList());
    }

    @Test
    void leavesOutAnEmployerThatBreaksOffAtTheEndOfTheLine() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Praktika")
                .text(50, 135, 10, "01.08.2020 - 10.07.21").text(200, 135, 10, "Jahrespraktikum bei Nordwerk AG")
                .text(50, 150, 10, "2019").text(200, 150, 10, "Mitarbeit bei Sommerfest, Technik und")
                .text(200, 164, 10, "Verpflegung").pdf());
        assertEquals(1, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Nordwerk AG", "Jahrespraktikum", "2020-08", "2021-07");
    }

    @Test
    void readsEntriesWrittenAsFormsWithALabelPerField() {
        var content = NameAndContactLayoutsTest.read(header().bold(50, 110, 14, "Estudios cursados")
                .text(50, 135, 10, "• Educación universitaria:")
                .text(50, 149, 10, "• Institución: Universidad del Sur, Bahía Blanca, Buenos Aires")
                .text(50, 163, 10, "• Título: Licenciado en Química (avance: 60%)")
                .text(50, 177, 10, "• Período: 2015 - 2020")
                .text(50, 191, 10, "• Institución: Colegio Nacional, Bahía Blanca")
                .text(50, 205, 10, "• Título: Bachiller")
                .text(50, 219, 10, "• Período: 2009 - 2014")
                .bold(50, 245, 14, "Experiencia laboral")
                .text(50, 270, 10, "• Soporte técnico (modalidad remota):")
                .text(50, 284, 10, "• Institución: Redes del Sur SA, Bahía Blanca, Buenos Aires")
                .text(50, 298, 10, "• Labor realizada: Monitoreo de la red de cobro")
                .text(50, 312, 10, "• Período: 23/10/2023 - presente")
                .text(50, 326, 10, "• Auxiliar de laboratorio:")
                .text(50, 340, 10, "• Institución: Laboratorio Austral")
                .text(50, 354, 10, "• Período: 01/04/2019 - 31/12/2019").pdf()).content();
        assertEquals(List.of("Universidad del Sur", "Colegio Nacional"), content.education().stream().map(e -> e.institution()).toList());
        assertEquals(List.of("Licenciado en Química", "Bachiller"), content.education().stream().map(e -> e.degree()).toList());
        assertEquals("2020-12", content.education().get(0).endDate());
        assertEquals(2, content.experience().size(), content.experience().toString());
        assertJob(content.experience().get(0), "Redes del Sur SA", "Soporte técnico (modalidad remota)", "2023-10", null);
        assertEquals("Monitoreo de la red de cobro", content.experience().get(0).description());
        assertJob(content.experience().get(1), "Laboratorio Austral", "Auxiliar de laboratorio", "2019-04", "2019-12");
    }

    @Test
    void aHospitalUnitBeforeTheEmployerIsNoEmployer() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Professional Work Experience")
                .text(50, 135, 10, "2018 - 2020").text(150, 135, 10,
                        "Resident Nurse, Bone Marrow Transplant Acute Care, Northwind Healthcare, Atlanta, Georgia").pdf());
        assertEquals(1, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Northwind Healthcare", "Resident Nurse", "2018-01", "2020-12");
    }

    @Test
    void anOpenRangeOverAWholeRangeIsOngoingAndAPostdocIsNoDegree() {
        var education = NameAndContactLayoutsTest.read(header().bold(50, 110, 14, "Formation")
                .text(50, 135, 10, "2022 –").text(150, 135, 10, "Post-doctorat, Université du Luxembourg")
                .text(50, 150, 10, "2019 – 2022").text(150, 150, 10, "Doctorat en probabilités, Université de Rennes 1")
                .text(50, 165, 10, "2017 – 2019").text(150, 165, 10, "Master en mathématiques, Université de Rennes 1").pdf())
                .content().education();
        assertEquals(List.of("Doctorat en probabilités", "Master en mathématiques"),
                education.stream().map(e -> e.degree() + (e.field() == null || e.field().isBlank() ? "" : " en " + e.field())).toList(),
                education.toString());
        assertEquals("2019-01", education.get(0).startDate());
    }

    @Test
    void readsFormEntriesWhoseColonSitsInACellOfItsOwn() {
        PdfCanvas page = header().bold(50, 110, 14, "Experiencia laboral");
        String[][] jobs = {{"Independiente", "Desarrollador", "2020 - Actualmente"},
                {"Anovo", "Técnico de celulares", "Agosto 2017 – Abril 2018"}};
        int y = 140;
        for (String[] job : jobs) { // "EMPRESA ‖ : ‖ Anovo": label, colon and value in three table cells
            page.bold(50, y, 10, "EMPRESA").bold(160, y, 10, ":").bold(180, y, 10, job[0])
                    .text(50, y + 14, 10, "CARGO").text(160, y + 14, 10, ":").text(180, y + 14, 10, job[1])
                    .text(50, y + 28, 10, "JEFE INMEDIATO").text(160, y + 28, 10, ":").text(180, y + 28, 10, "Nelson Guarín")
                    .text(50, y + 42, 10, "FECHA").text(160, y + 42, 10, ":").text(180, y + 42, 10, job[2]);
            y += 70;
        }
        List<ExperienceEntry> read = jobs(page.pdf());
        assertEquals(2, read.size(), read.toString());
        assertJob(read.get(0), "Independiente", "Desarrollador", "2020-01", null);
        assertJob(read.get(1), "Anovo", "Técnico de celulares", "2017-08", "2018-04");
    }

    @Test
    void leavesTheTownAfterTheEmployerAndTheDescriptionAboveOutOfTheTitle() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Experience")
                .bold(50, 135, 11, "Trainee — Nordwerk, Chennai").text(50, 149, 10, "Dec 2019 - Jan 2020")
                .text(60, 163, 10, "• Managed the receiving, inspection and")
                .text(60, 177, 10, "stocking of medical supplies")
                .bold(50, 195, 11, "Inventory Control — Kanso Retail").text(50, 209, 10, "July 2013 - July 2017")
                .text(60, 223, 10, "• Counted the stock every week").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Nordwerk", "Trainee", "2019-12", "2020-01");
        assertEquals("Kanso Retail", jobs.get(1).company());
        assertEquals("Inventory Control", jobs.get(1).position());
    }

    @Test
    void knowsEverydayJobTitlesInFiveLanguages() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Berufserfahrung")
                .text(50, 135, 10, "10/2022 – 06/2025")
                .text(50, 149, 10, "Stellvertretende kaufmännische Leitung • Nordwerk • Coburg")
                .text(50, 175, 10, "07/2020 – 10/2022")
                .text(50, 189, 10, "Kaufmännische Angestellte • Nordwerk • Kronach")
                .text(50, 215, 10, "Waitstaff, Riverside Grill").right(545, 215, 10, "10/2017 – 02/2020")
                .text(50, 235, 10, "Vendeuse, Librairie Martin").right(545, 235, 10, "06/2016 – 09/2017")
                .text(50, 255, 10, "Cajera, Tienda Sol").right(545, 255, 10, "01/2015 – 05/2016").pdf());
        assertEquals(5, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Nordwerk", "Stellvertretende kaufmännische Leitung", "2022-10", "2025-06");
        assertJob(jobs.get(1), "Nordwerk", "Kaufmännische Angestellte", "2020-07", "2022-10");
        assertJob(jobs.get(2), "Riverside Grill", "Waitstaff", "2017-10", "2020-02");
        assertJob(jobs.get(3), "Librairie Martin", "Vendeuse", "2016-06", "2017-09");
        assertJob(jobs.get(4), "Tienda Sol", "Cajera", "2015-01", "2016-05");
        assertTrue(RoleWords.position("Продавец-консультант") && RoleWords.position("Старший кассир")); // Helvetica draws no Cyrillic
        assertTrue(RoleWords.position("Projektleitung") && !RoleWords.position("Anleitung neuer Kollegen") && !RoleWords.position("Begleitung von Projekten"),
                "a guidance or an escort is no head of anything");
    }

    @Test
    void readsAnAchievementsLabelInBodyTypeAsPartOfThePositionAndTwoDigitYears() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 16, "Experience")
                .text(50, 135, 10, "04/21 - 06/22").text(130, 135, 10, "Full Stack Developer").text(330, 135, 10, "Harbor Analytics Ltd")
                .text(130, 150, 10, "• Built the billing service")
                .bold(130, 168, 10, "Achievements")
                .text(130, 183, 10, "• Cut the release time in half")
                .text(50, 205, 10, "08/19 - 04/21").text(130, 205, 10, "Software Engineer").text(330, 205, 10, "Lakeside Systems Inc.")
                .text(130, 220, 10, "• Maintained the data pipeline")
                .bold(50, 250, 16, "Awards")
                .text(50, 270, 10, "Best Newcomer 2020").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Harbor Analytics Ltd", "Full Stack Developer", "2021-04", "2022-06");
        assertTrue(jobs.get(0).description().contains("Cut the release time in half"), jobs.get(0).description());
        assertJob(jobs.get(1), "Lakeside Systems Inc.", "Software Engineer", "2019-08", "2021-04");
        assertTrue(!jobs.get(1).description().contains("Best Newcomer"), jobs.get(1).description());
    }

    @Test
    void endsTheExperienceAtAPublicationsHeadingInBodyType() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Experience")
                .text(50, 135, 10, "04/21 - 06/22").text(130, 135, 10, "Data Scientist").text(330, 135, 10, "Harbor Analytics Ltd")
                .text(130, 150, 10, "• Built the churn model")
                .bold(50, 172, 10, "Publications")
                .text(50, 187, 10, "Doe J., Fast parsing of resumes, ACL 2021")
                .bold(50, 209, 10, "Interests")
                .text(50, 224, 10, "Climbing, chess").pdf());
        assertEquals(1, jobs.size(), jobs.toString());
        assertTrue(!jobs.get(0).description().contains("Fast parsing") && !jobs.get(0).description().contains("Climbing"),
                jobs.get(0).description());
    }

    @Test
    void readsAnEmployerBeforeAColonInABoldTitleAndKeepsAOneWordLabelAsDescription() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 12, "WORKING EXPERIENCE")
                .bold(50, 130, 9, "Mercedes-Benz AG: Internship in System Concepts and Realization")
                .text(50, 142, 9, "September 2022 – February 2023")
                .text(50, 154, 9, "The internship dealt with prototyping and electrotechnical projects.")
                .bold(50, 174, 9, "ACS Umwelttechnik: Internship in environmental technology")
                .text(50, 186, 9, "July – August 2019")
                .text(50, 198, 9, "Technologies: Java, Spring, Oracle SQL").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Mercedes-Benz AG", "Internship in System Concepts and Realization", "2022-09", "2023-02");
        assertJob(jobs.get(1), "ACS Umwelttechnik", "Internship in environmental technology", "2019-07", "2019-08");
        assertTrue(jobs.get(1).description().contains("Technologies: Java"), jobs.get(1).description());
    }

    @Test
    void readsAnEmployerNamedOverTwoLinesUnderTheDateLine() {
        // XeLaTeX sidebar CV: "Technicien de laboratoire, 2013 - aujourd'hui", then the unit over two lines, then the work
        List<ExperienceEntry> jobs = jobs(header().bold(200, 110, 14, "Expérience")
                .bold(200, 130, 10, "Technicien de laboratoire,").bold(400, 130, 10, "2013 - aujourd’hui")
                .text(200, 144, 10, "Génétique, Diversité, et Ecophysiologie des Céréales,")
                .text(200, 158, 10, "INRAE UMR GDEC 1095")
                .text(200, 172, 10, "Mon travail se concentre principalement sur les analyses de données.")
                .bold(200, 192, 10, "Assistant Ingénieur,").bold(400, 192, 10, "2011 - 2013")
                .text(200, 206, 10, "Laboratoire Evo-Eco-Paleo,")
                .text(200, 220, 10, "UMR CNRS 8198")
                .text(200, 234, 10, "Techniques de biologie moléculaire et séquençage.").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertEquals("Génétique, Diversité, et Ecophysiologie des Céréales, INRAE UMR GDEC 1095", jobs.get(0).company());
        assertEquals("Technicien de laboratoire", jobs.get(0).position());
        assertEquals("Laboratoire Evo-Eco-Paleo, UMR CNRS 8198", jobs.get(1).company());
    }

    @Test
    void readsALabelledPositionEndingOnAFullStopAndASchoolEndingOnASemicolon() {
        // Word, Mexico: "De Julio 2023 a la fecha" over a two-line employer and "Puesto: Ingeniero estructural."
        ResumeContent content = NameAndContactLayoutsTest.read(header().bold(50, 110, 14, "EXPERIENCIA LABORAL")
                .bold(50, 130, 11, "De Julio 2023 a la fecha")
                .bold(50, 144, 11, "Constructora Huasteca Ingeniería y")
                .bold(50, 158, 11, "Obras Civiles, S.A de C.V.")
                .text(50, 172, 9, "Puesto: Ingeniero estructural.")
                .text(50, 186, 9, "Actividades: cálculo de estructuras de concreto y acero.")
                .bold(50, 210, 14, "FORMACIÓN ACADÉMICA")
                .bold(50, 230, 11, "2016 - 2021")
                .bold(50, 244, 11, "Ingeniería Civil")
                .text(50, 258, 10, "Universidad Autónoma de San Luis Potosí;")
                .text(50, 272, 10, "Documento: título.").pdf()).content();
        assertEquals(1, content.experience().size(), content.experience().toString());
        assertJob(content.experience().get(0), "Constructora Huasteca Ingeniería y Obras Civiles, S.A de C.V.", "Ingeniero estructural",
                "2023-07", null);
        assertEquals(List.of("Universidad Autónoma de San Luis Potosí"), content.education().stream().map(e -> e.institution()).toList());
    }

    @Test
    void readsAParagraphThatOpensWithItsDatesAndATitleSentence() {
        // Word, Spain: each position one paragraph, "dates title. description"
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "EXPERIENCIA LABORAL")
                .text(50, 130, 9, "2-2019 / 7-2019 Analista programador Java en Airon Group. Análisis técnico, desarrollo y correctivos de")
                .text(50, 142, 9, "aplicaciones web y batch en Java con Spring Batch, Maven, Jenkins y Oracle para clientes de banca.")
                .text(50, 162, 9, "4-2018 / 1-2019 Analista programador Java en Experis Group. Desarrollo de aplicaciones web en entorno")
                .text(50, 174, 9, "Java EE, creación de JSP, evolutivos en EJB, despliegues en Tomcat y WebLogic.").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Airon Group", "Analista programador Java", "2019-02", "2019-07");
        assertTrue(jobs.get(0).description().startsWith("Análisis técnico"), jobs.get(0).description());
        assertJob(jobs.get(1), "Experis Group", "Analista programador Java", "2018-04", "2019-01");
    }

    @Test
    void joinsATitleInCapitalsWrappedAfterAJoiningWord() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "PROFESSIONAL EXPERIENCE")
                .bold(50, 130, 10, "Nordsee Marine Supply Ltd").right(545, 130, 10, "2015 – 2021")
                .text(50, 144, 10, "REGIONAL VICE PRESIDENT OF")
                .text(50, 158, 10, "SALES AND MARKETING")
                .text(60, 172, 10, "• Grew the revenue of the northern territory by 40 %").pdf());
        assertEquals(1, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Nordsee Marine Supply Ltd", "REGIONAL VICE PRESIDENT OF SALES AND MARKETING", "2015-01", "2021-12");
    }

    @Test
    void endsTheTitleSentenceAtAFullStopButNotAtAnAbbreviation() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "BERUFSERFAHRUNG")
                .text(50, 130, 9, "03/2016 - 08/2021 Disponent bei Spedition Krämer GmbH & Co. KG. Planung der Touren im Nahverkehr,")
                .text(50, 142, 9, "Abstimmung mit Fahrern und Kunden, Abrechnung der Frachten.").pdf());
        assertEquals(1, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Spedition Krämer GmbH & Co. KG", "Disponent", "2016-03", "2021-08");
        assertTrue(jobs.get(0).description().contains("Planung der Touren im Nahverkehr,"), jobs.get(0).description());
    }

    @Test
    void leavesAPostcodeAndTownOutOfTheEmployerAndReadsChinaAndTheUsAsPlaces() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Berufserfahrung")
                .text(50, 130, 10, "Projektingenieur, Ernst Fischer AG, 8590 Romanshorn").right(545, 130, 10, "08/2019 – 07/2023")
                .text(50, 146, 10, "Werkstattplanung, Stahlbau").pdf());
        assertEquals("Ernst Fischer AG", jobs.get(0).company());
        assertTrue(RoleWords.location("Xi’an, P.R.China"), "Xi'an, China");
        assertTrue(RoleWords.location("Berkeley, CA, U.S"), "a US town");
    }

    @Test
    void readsPromotionsUnderAnEmployerWhoseLineEndsOnAStateCode() {
        // an American academic CV: the college, town and state, then each rank held with its years
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "EMPLOYMENT HISTORY")
                .bold(50, 130, 10, "Ivy Tech Community College of Indiana, Indianapolis, IN")
                .bold(50, 144, 10, "Professor (F5), 2019 - Present")
                .bold(50, 158, 10, "Associate Professor (F4), 2009 – 2015")
                .text(50, 172, 10, "• Teach courses in software development in Java, C#, Python and VB, online and in traditional classes.")
                .pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        assertJob(jobs.get(0), "Ivy Tech Community College of Indiana", "Professor (F5)", "2019-01", null);
        assertJob(jobs.get(1), "Ivy Tech Community College of Indiana", "Associate Professor (F4)", "2009-01", "2015-12");
    }

    @Test
    void readsTheEmployerAfterPourParaOrFuer() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Expérience professionnelle")
                .text(50, 130, 10, "Conseillère clientèle bilingue pour Kanetix Ltd.").right(545, 130, 10, "04/2018 – 03/2019")
                .text(50, 146, 10, "Service à la clientèle en français et en anglais, formation des nouveaux membres de l'équipe.")
                .pdf());
        assertJob(jobs.get(0), "Kanetix Ltd.", "Conseillère clientèle bilingue", "2018-04", "2019-03");
    }

    @Test
    void keepsAFieldAfterFuerInThePosition() {
        List<ExperienceEntry> jobs = jobs(header().bold(50, 110, 14, "Berufserfahrung")
                .bold(50, 130, 10, "Spezialist für Software-Qualität").right(545, 130, 10, "04/2018 – 03/2021")
                .text(50, 146, 10, "Nordwerk Prüftechnik GmbH")
                .text(50, 162, 10, "Testautomatisierung der Prüfstände, Abnahmen mit dem Kunden.").pdf());
        assertJob(jobs.get(0), "Nordwerk Prüftechnik GmbH", "Spezialist für Software-Qualität", "2018-04", "2021-03");
    }
}
