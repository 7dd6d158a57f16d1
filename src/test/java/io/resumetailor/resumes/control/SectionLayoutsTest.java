package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Headings and list sections as real resumes write them; one failure class seen on real resumes each. */
class SectionLayoutsTest {

    static ResumeContent read(PdfCanvas canvas) {
        return NameAndContactLayoutsTest.read(canvas.pdf()).content();
    }

    static PdfCanvas header() {
        return EntryLayoutsTest.header();
    }

    @Test
    void recognisesLetterSpacedNumberedAndUnlistedHeadings() {
        ResumeContent content = read(header()
                .spaced(50, 110, 12, 3f, "RESEARCH EXPERIENCE")
                .text(50, 130, 10, "Research Assistant at Indian Institute of Science").right(545, 130, 10, "2017.08–2018.06")
                .bold(50, 160, 12, "2. Praxiserfahrung")
                .text(50, 180, 10, "Werkstudentin, Deutsche Bahn AG, Hamburg").right(545, 180, 10, "10/2015 – 08/2017")
                .bold(50, 210, 12, "E X P É R I E N C E S   P R O F E S S I O N N E L L E S")
                .text(50, 230, 10, "Stagiaire Développeur chez Mipih").right(545, 230, 10, "05/2023 - 07/2023"));
        assertEquals(List.of("Indian Institute of Science", "Deutsche Bahn AG", "Mipih"),
                content.experience().stream().map(e -> e.company()).toList());
        assertEquals(List.of("2017-08", "2015-10", "2023-05"), content.experience().stream().map(e -> e.startDate()).toList());
    }

    @Test
    void endsASectionAtAnUnknownHeadingInTheDocumentsHeadingStyle() {
        ResumeContent content = read(header()
                .bold(50, 110, 13, "SKILLS").text(50, 128, 10, "Java, Kotlin, SQL")
                .bold(50, 150, 13, "EXPERIENCE")
                .text(50, 170, 10, "Software Engineer, Acme GmbH").right(545, 170, 10, "2019 - 2022")
                .bold(50, 200, 13, "PUBLICATIONS")
                .text(50, 220, 10, "Compilers for everyone, Journal of Tools").right(545, 220, 10, "2020 - 2021")
                .bold(50, 250, 13, "HOBBIES").text(50, 268, 10, "Chess, Tennis"));
        assertEquals(1, content.experience().size(), content.experience().toString());
        assertEquals(List.of("Java", "Kotlin", "SQL"), content.skills());
    }

    @Test
    void anExperienceHeadingQualifiedAfterItsKeyWordStillOpensTheExperience() {
        ResumeContent content = read(header()
                .bold(50, 110, 13, "Studium").text(50, 128, 10, "Bachelor Informatik, Hochschule Darmstadt").right(545, 128, 10, "2021 – heute")
                .bold(50, 150, 13, "Berufserfahrung als Werkstudent")
                .text(50, 170, 10, "Werkstudent IT-Support & Datenpflege, Sanofi GmbH, Frankfurt am Main").right(545, 170, 10, "08/2024–10/2024")
                .text(60, 184, 10, "• IT-Support und Datenpflege im internationalen Umfeld"));
        assertEquals(1, content.experience().size(), content.experience().toString());
        EntryLayoutsTest.assertJob(content.experience().get(0), "Sanofi GmbH", "Werkstudent IT-Support & Datenpflege", "2024-08", "2024-10");
    }

    @Test
    void aLabelWithAColonInBodyTypeUnderAPositionIsNoHeading() {
        ResumeContent content = read(header()
                .bold(50, 110, 15, "EXPERIENCE")
                .bold(50, 130, 10, "Northwind Police Regiment").bold(50, 144, 10, "System Administrator").text(50, 158, 10, "July 2009 - present")
                .bold(50, 176, 10, "Experience and tasks:").text(50, 190, 10, "-Maintaining the fleet of workstations")
                .bold(50, 208, 10, "Skills:").text(50, 222, 10, "-Active Directory administration")
                .bold(50, 244, 10, "Sunrise Pro LLC").bold(50, 258, 10, "System Administrator").text(50, 272, 10, "February 2003 - April 2009")
                .bold(50, 300, 15, "EDUCATION").text(50, 320, 10, "Moscow State University, Diploma in Physics").right(545, 320, 10, "1998 – 2003"));
        assertEquals(List.of("Northwind Police Regiment", "Sunrise Pro LLC"), content.experience().stream().map(e -> e.company()).toList());
    }

    @Test
    void publishedResearchIsNoExperienceAndDegreesAreTheEducation() {
        assertEquals(java.util.Optional.of(Section.OTHER), SectionVocabulary.section("Published Research"));
        assertEquals(java.util.Optional.of(Section.OTHER), SectionVocabulary.section("RESEARCHES"));
        assertEquals(java.util.Optional.of(Section.EDUCATION), SectionVocabulary.section("Degrees (Qualifications):"));
        assertEquals(java.util.Optional.of(Section.EDUCATION), SectionVocabulary.section("Educational Information:"));
        assertEquals(java.util.Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Research Experience"));
        assertEquals(java.util.Optional.of(Section.OTHER), SectionVocabulary.section("Research Interests")); // no posts held
        assertEquals(java.util.Optional.of(Section.OTHER), SectionVocabulary.section("Intérêts de recherche"));
    }

    @Test
    void higherEducationHeadingsNameTheEducation() {
        for (String heading : List.of("Высшее образование", "Среднее профессиональное образование", "Estudios superiores",
                "Estudios universitarios", "Educación superior", "Formation universitaire", "Enseignement supérieur",
                "Études supérieures")) {
            assertEquals(java.util.Optional.of(Section.EDUCATION), SectionVocabulary.section(heading), heading);
        }
    }

    @Test
    void academicQualifiesTheNounThatFollowsIt() {
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Academic Experience"));
        assertEquals(Optional.of(Section.PROJECTS), SectionVocabulary.section("Academic Projects"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Academic Education"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Academic Background"));
        assertEquals(Optional.of(Section.PROJECTS), SectionVocabulary.section("PROJETS ACADÉMIQUES"));
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("COMPETENCES EN INFORMATIQUE"));
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("Conocimientos informáticos"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("DATOS ACADÉMICOS"));
    }

    @Test
    void computingAloneNamesTheSkillsAndTeachingOrResearchQualifiesTheExperience() {
        for (String heading : List.of("INFORMATIQUE", "Ofimática", "Знание ПК")) {
            assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section(heading), heading);
        }
        for (String heading : List.of("LISTE DES PUBLICATIONS ET TRAVAUX", "List of publications", "Список публикаций")) {
            assertEquals(Optional.of(Section.OTHER), SectionVocabulary.section(heading), heading);
        }
        for (String heading : List.of("Experiencia docente", "Experiencia en docencia, investigación y asesoría",
                "Expérience d'enseignement et de recherche", "Педагогический опыт", "Опыт преподавательской работы")) {
            assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section(heading), heading);
        }
    }

    @Test
    void aHeadlineThatEndsOnASectionWordIsNoHeading() {
        // Canva: the line under the name, in the headings' colour and larger than the body
        assertEquals(Optional.empty(), SectionVocabulary.section("Estudiante de ingeniería informatica"));
        assertEquals(Optional.empty(), SectionVocabulary.section("Ingénieur en informatique"));
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("Informática"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Startup experience"));
    }

    @Test
    void aColumnOfDatesReadBeforeItsHeadingGoesBesideTheEntriesBelowIt() {
        // PowerPoint: the dates of page 2 ("05.2023 –" / "08.2023", "Depuis" / "2019", "2018," / "2019") are read before the heading
        List<TextLine> lines = List.of(line(2, 25, "COMPETENCES EN INFORMATIQUE"), line(2, 49, "Software QGIS, ArcGIS"),
                line(2, 201.7f, "05.2023 –"), line(2, 215.8f, "08.2023"), line(2, 271.8f, "05.2022 –"), line(2, 285.7f, "07.2022"),
                line(2, 379.8f, "Depuis"), line(2, 393.7f, "2019"), line(2, 429.7f, "2018,"), line(2, 443.6f, "2019"),
                line(2, 164.6f, "EXPERIENCE PROFESSIONNELLE"), line(2, 202.2f, "Stage à la Direction de l’Enfance"),
                line(2, 215.8f, "• Conception d’un SIG"), line(2, 273.2f, "Stage de terrain à l’IGN"),
                line(2, 382.2f, "Animatrice en centre de loisirs"), line(2, 432.1f, "Stagiaire – 2018, 2019"));
        List<String> placed = DatesAside.placed(lines).stream().map(TextLine::text).toList();
        assertEquals(List.of("COMPETENCES EN INFORMATIQUE", "Software QGIS, ArcGIS", "2018,", "2019", "EXPERIENCE PROFESSIONNELLE",
                "Stage à la Direction de l’Enfance | 05.2023 – 08.2023", "• Conception d’un SIG", "Stage de terrain à l’IGN | 05.2022 – 07.2022",
                "Animatrice en centre de loisirs | Depuis 2019", "Stagiaire – 2018, 2019"), placed);
    }

    @Test
    void aHeadingInCapitalsBrokenByLetterSpacingAnywhereIsReadWhole() {
        assertEquals(java.util.Optional.of(Section.EXPERIENCE), SectionVocabulary.section("BERUFS ERFAHRU NG"));
        assertEquals(java.util.Optional.of(Section.EDUCATION), SectionVocabulary.section("ST U D I U M"));
        assertEquals(java.util.Optional.empty(), SectionVocabulary.section("MÜLLER METALLBAU"));
        assertEquals("Adjoko GmbH", ExperienceReader.withoutTown("Adjoko GmbH - Altenkirchen"));
        assertEquals("Schindler Management AG", ExperienceReader.withoutTown("Schindler Management AG, Ebikon (Teilzeit 40%)"));
        assertEquals("ООО «Сысерть Медиа»", ExperienceReader.withoutTown("ООО «Сысерть Медиа», город Сысерть Свердловской области"));
        assertEquals("ETH Zürich", ExperienceReader.withoutWorkload("ETH Zürich (1 Semester)"));
        assertEquals("Mairie de Lyon", ExperienceReader.withoutWorkload("Mairie de Lyon (temps partiel)"));
        assertEquals("Amazon (AWS)", ExperienceReader.withoutWorkload("Amazon (AWS)"));
        assertEquals("Stage Company (Semesterbühne)", ExperienceReader.withoutWorkload("Stage Company (Semesterbühne)"));
    }

    @Test
    void aGermanHeadingThatSharesItsCompoundHeadNamesItsFirstPart() {
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Aus- und Weiterbildung"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Schul- und Berufsausbildung"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Berufs- und Praxiserfahrung"));
        ResumeContent content = read(header().bold(50, 110, 16, "Aus- und Weiterbildung")
                .text(56, 135, 11, "02/2019 – 12/2019").text(170, 135, 11, "Bachelor in Informatik, Hochschule Luzern")
                .text(56, 148, 11, "09/2011 – 09/2015").text(170, 148, 11, "Bachelor in Business Administration, Hochschule Luzern"));
        assertEquals(List.of("2019-02", "2011-09"), content.education().stream().map(e -> e.startDate()).toList());
    }

    @Test
    void aHeadingInBoldCapitalsInsideAListStillOpensItsSection() {
        ResumeContent content = read(header().bold(50, 110, 13, "SKILLS")
                .text(50, 130, 10, "• Java").text(50, 144, 10, "• Visual Studio")
                .bold(50, 166, 10, "• EDUCATION")
                .text(50, 184, 11, "SUNY Polytechnic, Utica, NY — B.S Computer Science").text(50, 198, 9, "August 2020 - May 2022"));
        assertEquals(List.of("Java", "Visual Studio"), content.skills());
        assertEquals(List.of("SUNY Polytechnic"), content.education().stream().map(e -> e.institution()).toList());
    }

    @Test
    void dropsGroupLabelsAndLevelsFromSkills() {
        ResumeContent content = read(header().bold(50, 110, 13, "Skills")
                .text(50, 130, 11, "Web Technologies").text(50, 144, 10, "Advanced").text(50, 158, 10, "HTML5, JavaScript, PHP")
                .text(50, 180, 10, "Tools: Git, Docker, Jenkins")
                .text(50, 196, 10, "Python (intermediate), MATLAB (basic), Fiji/ImageJ (Advanced)")
                .text(50, 212, 10, "Proficient in Windows and Mac OS, Microsoft Word, PowerPoint, and Excel"));
        assertEquals(List.of("HTML5", "JavaScript", "PHP", "Git", "Docker", "Jenkins", "Python", "MATLAB", "Fiji/ImageJ",
                "Windows", "Mac OS", "Microsoft Word", "PowerPoint", "Excel"), content.skills());
    }

    @Test
    void readsLanguageLevelsAndStopsAtTheNextHeading() {
        ResumeContent content = read(header().bold(50, 110, 13, "Languages")
                .text(50, 130, 10, "Deutsch").text(150, 130, 10, "Muttersprache")
                .text(50, 144, 10, "English (C1), Spanish - basic")
                .text(50, 158, 10, "Français: langue maternelle")
                .bold(50, 190, 13, "Interests").text(50, 208, 10, "Italian cooking, Chess"));
        assertEquals(List.of(new ResumeLanguage("Deutsch", "Muttersprache"), new ResumeLanguage("English", "C1"),
                new ResumeLanguage("Spanish", "basic"), new ResumeLanguage("Français", "langue maternelle")), content.languages());
    }

    @Test
    void keepsTheClosingBracketOfALevelGivenInWordsAndCefr() {
        ResumeContent content = read(header().bold(50, 110, 13, "Languages")
                .text(50, 130, 10, "English fluent (C1), German: Grundkenntnisse (A2)")
                .text(50, 144, 10, "Spanish").text(150, 144, 10, "Native (C2)"));
        assertEquals(List.of(new ResumeLanguage("English", "fluent (C1)"), new ResumeLanguage("German", "Grundkenntnisse (A2)"),
                new ResumeLanguage("Spanish", "Native (C2)")), content.languages());
    }

    @Test
    void findsSpokenLanguagesInALabelledLineButNoProgrammingLanguages() {
        ResumeContent content = read(header().bold(50, 110, 13, "Skills")
                .text(50, 130, 10, "Languages: C, C++, Java, Python")
                .bold(50, 160, 13, "Personal Information")
                .text(50, 180, 10, "Languages: English (Fluent), German (A1)"));
        assertEquals(List.of(new ResumeLanguage("English", "Fluent"), new ResumeLanguage("German", "A1")), content.languages());
        assertEquals(List.of("C", "C++", "Java", "Python"), content.skills());
    }

    @Test
    void aLanguagesRowOfATechnicalSkillsTableListsProgrammingLanguages() {
        // Word: a table under "TECHNICAL SKILLS" with its labels in the first column, "LANGUAGES:" among them
        ResumeContent content = read(header().bold(50, 110, 13, "TECHNICAL SKILLS")
                .text(50, 130, 10, "HARDWARE:").text(170, 130, 10, "IBM Mainframe").text(330, 130, 10, "PC")
                .text(50, 144, 10, "LANGUAGES:").text(170, 144, 10, "OS/390").text(330, 144, 10, "Java, C#, and Python")
                .text(170, 158, 10, "COBOL (CICS and Batch)").text(330, 158, 10, "C++ / OpenGL")
                .bold(50, 190, 13, "Personal Information")
                .text(50, 210, 10, "Languages: English (Fluent), German (A1)"));
        assertTrue(content.skills().containsAll(List.of("OS/390", "Java", "C#", "Python", "C++ / OpenGL")), content.skills().toString());
        assertEquals(List.of(new ResumeLanguage("English", "Fluent"), new ResumeLanguage("German", "A1")), content.languages());
    }

    @Test
    void aReadingListUnderAnUnknownHeadingGivesNoSkills() {
        ResumeContent content = read(header().bold(50, 110, 13, "Technical skills")
                .text(50, 130, 10, "Visual Studio, NetBeans, Eclipse")
                .bold(50, 160, 13, "List of books read in the last three years (best of)")
                .text(50, 180, 10, "Ann, C. (2018, May 16). ten-greatest-leaders-of-all-time.")
                .text(50, 194, 10, "Kotter, J. (2009). A Sense of Urgency."));
        assertEquals(List.of("Visual Studio", "NetBeans", "Eclipse"), content.skills());
    }

    @Test
    void readsEuropassEntriesWithoutTheirFrameworkLevelAndTown() {
        ResumeContent content = read(header().bold(50, 110, 13, "WORK EXPERIENCE")
                .text(50, 130, 9, "21/11/2016–30/06/2019").text(170, 130, 10, "Call centre agent")
                .text(170, 144, 10, "Orange, Jerez de la Frontera (Spain)")
                .text(170, 158, 9, "• Technical support call reception")
                .bold(50, 190, 13, "EDUCATION AND TRAINING")
                .text(50, 210, 10, "2012–2014").text(170, 210, 10, "Bachillerato").right(545, 210, 10, "EQF level 4")
                .text(170, 224, 10, "IES Padre Luis Coloma, Jerez de la Frontera (Spain)")
                .text(50, 250, 10, "2015–2018").text(170, 250, 10, "Fachinformatiker Ausbildung")
                .text(170, 264, 10, "Berufsschule Mitte, Bad Kreuznach (Deutschland)"));
        assertEquals(1, content.experience().size(), content.experience().toString());
        assertEquals("Orange", content.experience().get(0).company());
        assertEquals("Call centre agent", content.experience().get(0).position());
        assertEquals(List.of("IES Padre Luis Coloma", "Berufsschule Mitte"),
                content.education().stream().map(e -> e.institution()).toList());
        assertEquals(List.of("Bachillerato", "Fachinformatiker Ausbildung"),
                content.education().stream().map(e -> e.degree()).toList());
    }

    @Test
    void readsTheEuropassLanguageGridAsLanguagesAndNoGridLabelAsASkill() {
        ResumeContent content = read(header().bold(50, 110, 12, "PERSONAL SKILLS")
                .text(50, 130, 9, "Mother tongue(s)").text(200, 130, 10, "Español")
                .text(50, 150, 8, "Foreign language(s)").text(200, 150, 8, "UNDERSTANDING SPEAKING WRITING")
                .text(200, 162, 8, "Listening Reading Spoken interaction Spoken production")
                .text(50, 176, 10, "English").text(200, 176, 10, "B2 B2 B2 B1 B2")
                .text(50, 190, 7, "Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user")
                .text(50, 214, 8, "Digital skills").text(200, 214, 8, "SELF-ASSESSMENT")
                .text(200, 228, 8, "Information processing").text(300, 228, 8, "Communication").text(400, 228, 8, "Safety")
                .text(200, 242, 9, "Proficient user").text(300, 242, 9, "Proficient user").text(400, 242, 9, "Proficient user")
                .text(50, 262, 10, "Java, JavaScript, PHP, Python"));
        assertEquals(List.of("Java", "JavaScript", "PHP", "Python"), content.skills());
        assertEquals(List.of(new ResumeLanguage("Español", "Mother tongue"), new ResumeLanguage("English", "B2")), content.languages());
    }

    @Test
    void readsAJobPortalExportsEducationAndNoTableHeaderAsASkill() {
        List<TextLine> lines = List.of(TextLine.plain("Deepa Krishnan"), TextLine.plain("deepa.k@example.in"),
                TextLine.plain("Education"), item("UG: B.Sc (Maths) from Kerala Science College in 1994"),
                item("PG: MCA (Computers) from Madras University, Chennai in 1997"), TextLine.plain("^ Back to Top"),
                TextLine.plain("IT Skills"), TextLine.plain("Skill Name").withCells(List.of("Skill Name", "Version", "Last Used", "Experience")),
                TextLine.plain("PowerBuilder, C#").withCells(List.of("PowerBuilder, C#", "0 Year(s) 0 Month(s)")),
                TextLine.plain("SQL Server 2000, Oracle 8.0"), TextLine.plain("^ Back to Top"));
        ResumeContent content = ResumeReader.read(new ExtractedText(lines, List.of())).content();
        assertEquals(List.of("Kerala Science College", "Madras University"),
                content.education().stream().map(e -> e.institution()).toList(), content.education().toString());
        assertEquals(List.of("B.Sc (Maths)", "MCA (Computers)"), content.education().stream().map(e -> e.degree()).toList());
        assertEquals(List.of("1994-12", "1997-12"), content.education().stream().map(e -> e.endDate()).toList());
        assertTrue(content.skills().stream().noneMatch(s -> s.matches("Skill Name|Version|Last Used|Experience|.*Back to Top")),
                content.skills().toString());
        assertTrue(content.skills().containsAll(List.of("PowerBuilder", "C#")), content.skills().toString());
    }

    private static TextLine item(String text) {
        return new TextLine(List.of(text), 0, false, 1, -1, -1, true, -1, List.of(), false, false);
    }

    @Test
    void readsEducationWithDegreeWordsInSeveralLanguages() {
        ResumeContent content = read(header().bold(50, 110, 13, "Education")
                .text(50, 130, 10, "2015 – 2017").text(120, 130, 10, "Master of Science Informatik, Universität Hamburg, Hamburg")
                .text(50, 150, 10, "Cornell University").text(50, 163, 10, "MEng in Computer Science").text(50, 176, 9, "Dec 2014 | Ithaca, NY")
                .text(50, 200, 10, "Universidad Politécnica de Madrid").text(50, 213, 10, "Máster en Ingeniería Informática, 2013 - 2015"));
        assertEquals(3, content.education().size(), content.education().toString());
        assertEquals("Universität Hamburg", content.education().get(0).institution());
        assertEquals("Master of Science Informatik", content.education().get(0).degree());
        assertEquals("MEng", content.education().get(1).degree());
        assertEquals("Computer Science", content.education().get(1).field());
        assertEquals("2014-12", content.education().get(1).endDate());
        assertEquals("Máster", content.education().get(2).degree());
        assertTrue(content.education().stream().allMatch(e -> e.startDate() != null));
    }

    @Test
    void keepsLanguagesAndCertificatesLabelledInsideASkillsSectionOutOfTheSkills() {
        ResumeContent content = read(header().bold(50, 110, 13, "Kenntnisse")
                .text(50, 135, 10, "Sprachen").text(140, 135, 10, "Serbisch (Muttersprache), Deutsch (fließend), Englisch (fließend)")
                .text(50, 150, 10, "Software").text(140, 150, 10, "Microsoft Office, R, Python")
                .text(50, 165, 10, "Zertifikate").text(140, 165, 10, "Unternehmerführerschein – Module A, B, C"));
        assertEquals(List.of("Microsoft Office", "R", "Python"), content.skills());
        assertEquals(List.of("Serbisch", "Deutsch", "Englisch"), content.languages().stream().map(ResumeLanguage::language).toList());
    }

    @Test
    void readsAnUndatedSectionNamingExperienceAndSkillsAsSkills() {
        ResumeContent content = read(header().bold(50, 110, 13, "Erfahrung und Kenntnisse")
                .text(50, 130, 10, "Java, Kotlin, SQL")
                .text(50, 145, 10, "Docker, Kubernetes"));
        assertEquals(List.of(), content.experience());
        assertEquals(List.of("Java", "Kotlin", "SQL", "Docker", "Kubernetes"), content.skills());
    }

    @Test
    void recognisesGermanCompoundHeadingsByTheirLastPart() {
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("AUSLANDSERFAHRUNG"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Hochschulausbildung"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Schulabschlüsse"));
        assertEquals(Optional.of(Section.LANGUAGES), SectionVocabulary.section("Fremdsprachenkenntnisse"));
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("Softwarekenntnisse"));
        assertEquals(Optional.empty(), SectionVocabulary.section("Informations"), "French, not a compound");
        ResumeContent content = read(header()
                .bold(50, 110, 14, "Industrieerfahrung")
                .text(50, 135, 10, "Konstrukteurin, Windkraft Ost GmbH, Rostock").right(545, 135, 10, "02/2019 – 06/2022"));
        assertEquals(List.of("Windkraft Ost GmbH"), content.experience().stream().map(e -> e.company()).toList());
    }
    @Test
    void keepsTheFirstOfAHeadingRepeatedOnTheNextPageButDropsARunningFooter() {
        List<TextLine> lines = List.of(line(1, 60, "Maria Keller"), line(1, 80, "Kiel, Germany"),
                line(1, 100, "maria.keller@example.org"), line(1, 120, "+49 431 555 0100"), line(1, 140, "Tester with six years in retail"),
                line(1, 300, "WORK EXPERIENCE"), line(1, 320, "Tester, Nordwerk AG"),
                line(1, 800, "Maria Keller · Resume · 1"), line(2, 60, "WORK EXPERIENCE"), line(2, 80, "Analyst, Südwerk AG"),
                line(2, 800, "Maria Keller · Resume · 2"));
        List<String> kept = PageFurniture.removed(lines).stream().map(TextLine::text).toList();
        assertEquals(List.of("Maria Keller", "Kiel, Germany", "maria.keller@example.org", "+49 431 555 0100",
                "Tester with six years in retail", "WORK EXPERIENCE", "Tester, Nordwerk AG", "Analyst, Südwerk AG"), kept);
    }

    @Test
    void keepsAnEmployerNamedOnTwoPagesAtDifferentHeights() {
        List<TextLine> lines = List.of(line(1, 60, "Lena Brunner"), line(1, 80, "lena.brunner@example.org"),
                line(1, 100, "Berufserfahrung"), line(1, 120, "Sachbearbeiterin"), line(1, 286, "Gemeinde Erlach"),
                line(1, 300, "September 2020 – heute"), line(2, 72, "Ausbildung zur Kauffrau EFZ"), line(2, 221, "Gemeinde Erlach"),
                line(2, 235, "August 2017 – Juli 2020"));
        List<String> kept = PageFurniture.removed(lines).stream().map(TextLine::text).toList();
        assertEquals(2, kept.stream().filter("Gemeinde Erlach"::equals).count(), kept.toString());
    }

    @Test
    void readsEntryTitlesSetLikeTheSidebarLabelsAsPositions() {
        // Word templates: bold capitals for the main headings, bold body type for the sidebar's headings and the job titles alike
        ResumeContent content = read(header()
                .bold(400, 110, 9, "Interessen").text(400, 124, 9, "Wandern").text(400, 138, 9, "Reisen")
                .bold(400, 160, 9, "Zertifikate").text(400, 174, 9, "ECDL Base Certificate")
                .bold(400, 196, 9, "Führerschein").text(400, 210, 9, "Kategorie B")
                .bold(50, 110, 9, "BERUFSERFAHRUNG")
                .bold(50, 130, 9, "Sachbearbeiterin").text(50, 144, 9, "Einwohnergemeinde Erlach").text(50, 158, 9, "September 2020 – heute")
                .text(50, 174, 9, "• Schalter- und Telefondienst")
                .bold(50, 200, 9, "Verwaltungsangestellte").text(50, 214, 9, "Einwohnergemeinde Vinelz")
                .text(50, 228, 9, "Dezember 2021 – Januar 2022").text(50, 244, 9, "• Allgemeine administrative Arbeiten"));
        assertEquals(List.of("Einwohnergemeinde Erlach", "Einwohnergemeinde Vinelz"),
                content.experience().stream().map(e -> e.company()).toList());
        assertEquals(List.of("Sachbearbeiterin", "Verwaltungsangestellte"), content.experience().stream().map(e -> e.position()).toList());
    }

    @Test
    void putsDatesReadAfterThePageBackBesideTheLinesAtTheirHeight() {
        // Canva: a sidebar, the entries, and every date in a text box of its own, read in this order
        List<TextLine> lines = List.of(line(1, 60, "Radmila Keller"), line(1, 100, "SPRACHEN"), line(1, 142, "Deutsch"),
                line(1, 189, "Russisch"), line(1, 110, "BERUFSERFAHRUNG"), line(1, 130, "WERKSTUDENTIN"),
                line(1, 142, "T-Systems MMS GmbH, Dresden"), line(1, 156, "Backend, Formulare"), line(1, 176, "BÜROKAUFFRAU"),
                line(1, 187.5f, "Vital Kosmetikakademie, Berlin"), line(1, 202, "Büroorganisation, Verwaltung"),
                line(1, 142.5f, "seit 02/2022"), line(1, 190, "11/2006 - 05/2009"));
        List<String> placed = DatesAside.placed(lines).stream().map(TextLine::text).toList();
        assertEquals(List.of("Radmila Keller", "SPRACHEN", "Deutsch", "Russisch", "BERUFSERFAHRUNG", "WERKSTUDENTIN",
                "T-Systems MMS GmbH, Dresden | seit 02/2022", "Backend, Formulare", "BÜROKAUFFRAU",
                "Vital Kosmetikakademie, Berlin | 11/2006 - 05/2009", "Büroorganisation, Verwaltung"), placed);
        List<TextLine> unmatched = List.of(line(1, 110, "BERUFSERFAHRUNG"), line(1, 130, "Werkstudentin, T-Systems"),
                line(1, 300, "seit 02/2022"), line(1, 330, "11/2006 - 05/2009"));
        assertEquals(unmatched, DatesAside.placed(unmatched), "dates without lines at their height stay where they are");
        List<TextLine> table = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            table.add(line(1, 100 + i * 10, "Messwert " + i));
        }
        for (int i = 0; i < 60; i++) {
            table.add(line(1, 100 + i * 10, "0" + (1 + i % 9) + "/20" + (10 + i % 10)));
        }
        assertEquals(table, DatesAside.placed(table), "a table of sixty dates is no column of entry dates");
    }

    @Test
    void putsRangesBrokenAfterTheirDashBackBesideTheTitlesRightAfterThem() {
        // Word: a sidebar, a profile, a narrow column of dates ("06/2023 –" / "Heute"), then the entries a point higher
        List<TextLine> lines = List.of(line(1, 188, "Aline Longmene"), line(1, 274, "+49 176 5772 5258"), line(1, 43, "KURZPROFIL"),
                line(1, 75, "Als erfahrene Mitarbeiterin im Bereich Datenrecherche"),
                line(1, 235.1f, "06/2023 –"), line(1, 248.4f, "Heute"), line(1, 420.8f, "07/2022 –"), line(1, 434.1f, "12/2022"),
                line(1, 194.7f, "BERUFSERFAHRUNG"), line(1, 233.8f, "Werkstudentin Daten Recherche"), line(1, 255.8f, "Statista GmbH, Hamburg"),
                line(1, 282, "Durchführung fundierter Online-Recherchen"), line(1, 418.1f, "Werkstudentin Homebase Development"),
                line(1, 440, "Datev AG, Nürnberg"));
        List<String> placed = DatesAside.placed(lines).stream().map(TextLine::text).toList();
        assertEquals(List.of("Aline Longmene", "+49 176 5772 5258", "KURZPROFIL", "Als erfahrene Mitarbeiterin im Bereich Datenrecherche",
                "BERUFSERFAHRUNG", "Werkstudentin Daten Recherche | 06/2023 – Heute", "Statista GmbH, Hamburg",
                "Durchführung fundierter Online-Recherchen", "Werkstudentin Homebase Development | 07/2022 – 12/2022", "Datev AG, Nürnberg"),
                placed);
    }

    @Test
    void aTimelineDateAboveItsBulletedEndIsOneRangeAndNoRunningFooter() {
        // Chromium print of an HTML CV: "Jan. 2025" / "• bis jetzt" in a timeline column read before the entries
        TextLine end = new TextLine(List.of("bis jetzt"), 10, false, 1, 274, 4, true, -1, List.of(), false, false);
        TextLine juni = new TextLine(List.of("Juni 2024"), 10, false, 1, 561, 4, true, -1, List.of(), false, false);
        List<TextLine> lines = List.of(line(1, 232, "Beruflicher Werdegang"), line(1, 260, "Jan. 2025"), end,
                line(1, 547, "Jan. 2024"), juni, line(1, 260.4f, "Sales Manager"), line(1, 279.6f, "SV Vermarktung GmbH, Ravensburg"),
                line(1, 547.4f, "Sales Professional"), line(1, 566.6f, "EverReal GmbH, München"),
                line(2, 40, "Weiterbildung"), line(2, 560, "Juni 2019"));
        List<String> placed = DatesAside.placed(PageFurniture.removed(lines)).stream().map(TextLine::text).toList();
        assertEquals(List.of("Beruflicher Werdegang", "Sales Manager | Jan. 2025 – jetzt", "SV Vermarktung GmbH, Ravensburg",
                "Sales Professional | Jan. 2024 – Juni 2024", "EverReal GmbH, München", "Weiterbildung", "Juni 2019"), placed);
    }

    private static TextLine line(int page, float top, String text) {
        return new TextLine(List.of(text), 10, false, page, top, 4, false, -1, List.of(), false, false);
    }
    @Test
    void takesSkillsFromLinesLabelledAsKeywordsOutsideTheSkillsSection() {
        ResumeContent content = read(header().bold(50, 110, 14, "Ausbildung")
                .text(50, 135, 10, "Fachschule für Informatik, Linz").right(545, 135, 10, "2014 – 2019")
                .text(50, 150, 10, "Schwerpunkt Datenbanken und Webentwicklung")
                .text(50, 165, 10, "Schlagworte: Kotlin, PostgreSQL, Angular")
                .bold(50, 195, 14, "Formation complémentaire")
                .text(50, 220, 10, "Atelier de programmation, Nantes").right(545, 220, 10, "2020")
                .text(50, 235, 10, "Mots-clés : Rust, WebAssembly"));
        assertEquals(List.of("Kotlin", "PostgreSQL", "Angular", "Rust", "WebAssembly"), content.skills());
    }
    @Test
    void readsTheFieldAfterASpanishDegreeInsteadOfAnEmployer() {
        ResumeContent content = read(header().bold(50, 110, 14, "Formación")
                .text(50, 135, 10, "2015 – 2017").text(150, 135, 10, "Máster en Análisis de Datos y Sistemas de Información Geográfica, Universidad de Valencia."));
        assertEquals(1, content.education().size(), content.education().toString());
        assertEquals("Universidad de Valencia", content.education().get(0).institution().replaceAll("\\.$", ""));
        assertEquals("Máster", content.education().get(0).degree());
        assertEquals("Análisis de Datos y Sistemas de Información Geográfica", content.education().get(0).field());
    }

    @Test
    void readsEducationUnderSpanishAndGermanSchoolHeadings() {
        ResumeContent content = read(header().bold(50, 110, 14, "Antecedentes Académicos")
                .text(50, 135, 10, "Universidad de Talca").right(545, 135, 10, "2013 – 2019")
                .text(50, 150, 10, "Licenciatura en Bioquímica")
                .bold(50, 180, 14, "Schulische Laufbahn")
                .text(50, 205, 10, "Fachabitur").right(545, 205, 10, "2016 - 2018")
                .text(50, 220, 10, "Carl-Benz-Berufskolleg, Mannheim")
                .bold(50, 250, 14, "Estudios cursados")
                .text(50, 275, 10, "Instituto Superior Norte").right(545, 275, 10, "2010 – 2012")
                .text(50, 290, 10, "Técnico en Redes"));
        assertEquals(List.of("Universidad de Talca", "Carl-Benz-Berufskolleg", "Instituto Superior Norte"),
                content.education().stream().map(e -> e.institution()).toList());
        assertEquals(List.of("Licenciatura", "Fachabitur", "Técnico"), content.education().stream().map(e -> e.degree()).toList());
        assertTrue(content.experience().isEmpty(), content.experience().toString());
    }

    @Test
    void readsAnAcademicHeadingAfterAnEducationHeadingAsHonoursNotDegrees() {
        ResumeContent content = read(header().bold(50, 110, 14, "Educación")
                .text(50, 135, 10, "Universidad de Talca").right(545, 135, 10, "2013 – 2019")
                .text(50, 150, 10, "Licenciatura en Bioquímica")
                .bold(50, 180, 14, "Antecedentes académicos")
                .text(50, 205, 10, "Universidad de Talca").right(545, 205, 10, "2016")
                .text(50, 220, 10, "Alumna destacada"));
        assertEquals(1, content.education().size(), content.education().toString());
        assertEquals("Licenciatura", content.education().get(0).degree());
    }

    @Test
    void keepsTheFirstLevelPhraseOfALongLevelAndReadsTrilingual() {
        ResumeContent content = read(header().bold(50, 110, 13, "Languages")
                .text(50, 130, 10, "English: C1 Advanced (Professional Working Proficiency)")
                .text(50, 144, 10, "German (Fluent | Goethe-Zertifikat Reading/Listening C2 Proficient)")
                .text(50, 158, 10, "Italian").text(150, 158, 10, "Trilingual"));
        assertEquals(List.of(new ResumeLanguage("English", "C1 Advanced"), new ResumeLanguage("German", "Fluent"),
                new ResumeLanguage("Italian", "Trilingual")), content.languages());
    }

    @Test
    void keepsASkillWithAConjunctionWholeAndSplitsOnlyAnEnumeration() {
        ResumeContent content = read(header()
                .bold(50, 110, 13, "Habilidades")
                .text(50, 128, 10, "• Colaboración y trabajo en equipo").text(50, 142, 10, "• Circuit Analysis and Construction")
                .text(50, 156, 10, "• English and Vietnamese").text(50, 170, 10, "Java, Python and Go")
                .text(50, 184, 10, "Budgeting and Forecasting, Excel").text(50, 198, 10, "• Kotlin and Swift")
                .text(50, 212, 10, "• Sales and Account Management"));
        assertEquals(List.of("Colaboración y trabajo en equipo", "Circuit Analysis and Construction", "Java", "Python", "Go",
                "Budgeting", "Forecasting", "Excel", "Kotlin", "Swift", "Sales and Account Management"), content.skills());
    }

    @Test
    void readsALabelColumnWhoseLevelsLookLikeHeadingsAsAMarginNotAsAColumnOfItsOwn() {
        ResumeContent content = read(header().bold(55, 110, 16, "Aus- und Weiterbildung")
                .text(60, 135, 10, "10/2015 – 06/2017").text(200, 135, 10, "Bachelor in Informatik, Hochschule Luzern")
                .text(60, 148, 10, "09/2011 – 09/2015").text(200, 148, 10, "Abitur, Gymnasium Seetal")
                .bold(55, 180, 16, "Sprachen")
                .text(60, 200, 10, "Deutsch").text(200, 200, 10, "Muttersprache")
                .text(60, 213, 10, "Französisch").text(200, 213, 10, "Schulkenntnisse (B2)")
                .text(60, 226, 10, "Japanisch").text(200, 226, 10, "Grundkenntnisse (A1)"));
        assertEquals(List.of(new ResumeLanguage("Deutsch", "Muttersprache"), new ResumeLanguage("Französisch", "Schulkenntnisse (B2)"),
                new ResumeLanguage("Japanisch", "Grundkenntnisse (A1)")), content.languages());
        assertEquals(List.of("Hochschule Luzern", "Gymnasium Seetal"), content.education().stream().map(e -> e.institution()).toList());
        assertEquals(List.of("2015-10", "2011-09"), content.education().stream().map(e -> e.startDate()).toList());
    }

    @Test
    void readsASchoolBeforeAColonAndAFieldBeforeItsDegree() {
        ResumeContent content = read(header().bold(50, 110, 13, "Education:")
                .text(50, 130, 10, "Lakeside State University: Elementary Education, Bachelors Degree").right(545, 130, 10, "January 2014 - May 2017")
                .text(50, 150, 10, "Northfield University, Computer Science, BSc").right(545, 150, 10, "2010 - 2013"));
        assertEquals(2, content.education().size(), content.education().toString());
        assertEquals("Lakeside State University", content.education().get(0).institution());
        assertEquals("Bachelors Degree", content.education().get(0).degree());
        assertEquals("Elementary Education", content.education().get(0).field());
        assertEquals("2014-01", content.education().get(0).startDate());
        assertEquals("Northfield University", content.education().get(1).institution());
        assertEquals("BSc", content.education().get(1).degree());
        assertEquals("Computer Science", content.education().get(1).field());
        ResumeContent label = read(header().bold(50, 110, 13, "Education")
                .text(50, 130, 10, "College: St. Xavier's, B.Com").right(545, 130, 10, "2012 - 2015"));
        assertTrue(label.education().stream().noneMatch(e -> "College".equals(e.institution())), label.education().toString());
    }

    @Test
    void readsAnExperienceHeadingInBodyTypeOverADatedEntry() {
        ResumeContent content = read(header()
                .bold(50, 100, 12, "Certifications").text(50, 116, 10, "Oncology Certified Nurse 2021 - present")
                .text(50, 140, 10, "Professional Work Experience")
                .text(50, 156, 10, "2020 - Present").text(150, 156, 10, "Charge Nurse, Riverside General Hospital, Atlanta, Georgia")
                .text(50, 172, 10, "2018 - 2020").text(150, 172, 10, "Resident Nurse, Lakeview Clinic, Atlanta, Georgia"));
        assertEquals(List.of("Riverside General Hospital", "Lakeview Clinic"), content.experience().stream().map(e -> e.company()).toList());
    }

    @Test
    void readsFrenchAcademicCvHeadingsAsEducation() {
        // French academic CVs: "Cursus universitaire" then "Parcours professionnel académique"
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Cursus universitaire"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Parcours universitaire"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Scolarité"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Parcours professionnel académique"));
    }

    @Test
    void readsFrenchDiplomaAbbreviationsAndSchoolAcronyms() {
        ResumeContent content = read(header()
                .text(50, 90, 10, "Technicienne de laboratoire en génétique des céréales, analyses de données et bioinformatique")
                .bold(50, 110, 12, "Diplômes")
                .bold(50, 130, 10, "2011").bold(50, 144, 10, "D.U.T. Génie Biologique").text(50, 158, 10, "IUT A de Lille")
                .bold(50, 180, 10, "2020-2024").text(50, 194, 10, "Doctorat en Écologie").text(50, 208, 10, "HTWG Konstanz"));
        assertEquals(List.of("IUT A de Lille", "HTWG Konstanz"), content.education().stream().map(e -> e.institution()).toList());
        assertEquals(List.of("D.U.T. Génie Biologique", "Doctorat"), content.education().stream().map(e -> e.degree()).toList());
        assertEquals("Écologie", content.education().get(1).field());
    }

    @Test
    void readsADegreeAtASchoolInASectionOfStudiesAndWorkAsEducation() {
        ResumeContent content = read(header().bold(50, 110, 13, "FORMATION ET PARCOURS PROFESSIONNEL")
                .text(50, 130, 10, "ATER").right(545, 130, 10, "2020-2021")
                .text(50, 144, 10, "Université Gustave Eiffel, Champs-sur-Marne")
                .text(50, 166, 10, "Doctorat en Combinatoire algébrique").right(545, 166, 10, "2016-2019")
                .text(50, 180, 10, "Université Paris-Saclay, Orsay")
                .text(50, 202, 10, "M2 Algèbre Appliquée").right(545, 202, 10, "2015-2016")
                .text(50, 216, 10, "Université Paris-Saclay, Versailles"));
        assertEquals(List.of("ATER", "Doctorat en Combinatoire algébrique"), content.experience().stream().map(e -> e.position()).toList(),
                "a doctorate is employment");
        assertEquals(List.of("M2 Algèbre Appliquée"), content.education().stream().map(e -> e.degree()).toList());
        assertEquals("Université Paris-Saclay", content.education().get(0).institution());
    }

    @Test
    void aHeadingThatNamesTwoListSectionsHeadsTheFirst() {
        assertEquals(Optional.of(Section.OTHER), SectionVocabulary.section("AWARDS and APTITUDES"));
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("Technologies and Languages"));
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("Additional Skills:"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Курсы и стажировки"), "entries before a list");
        assertEquals(Optional.of(Section.CERTIFICATIONS), SectionVocabulary.section("Awards & Certifications"), "certificates keep their list");
        assertEquals(Optional.of(Section.CERTIFICATIONS), SectionVocabulary.section("Prix et certifications"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("BERUFLICHE PRAXIS"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Beschäftigungsverlauf"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Historial laboral"));
        for (String heading : List.of("Employment Record", "Professional History", "Positions Held", "Academic Appointments", "Military Service",
                "Beruflicher Hintergrund", "Historique professionnel", "Emplois occupés", "Historia laboral", "Стаж работы")) {
            assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section(heading), heading);
        }
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Bildungsgang"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Titulación"));
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("Skills & Abilities"));
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("Savoir-faire"));
    }

    @Test
    void readsHeadingsWithABrokenWordAKeyWordFirstOrAnAmpersand() {
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Formación acadé mica"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Experiencia Educativa y Formadora"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("ÉTUDES & EXPÉRIENCES PROFESSIONNELLES"));
        assertEquals(Optional.of(Section.OTHER), SectionVocabulary.section("FINANCEMENTS & PRIX SÉLECTIONNÉS"));
        assertTrue(SectionVocabulary.section("Formación Complementaria").filter(s -> s == Section.EDUCATION).isEmpty(),
                "courses, not the education");
    }

    @Test
    void aWordThatEndsAWrappedLineIsNoHeading() {
        // Word: a bold skills column whose last phrase wraps onto "educación" before the next page's experience
        byte[] pdf = header().bold(50, 110, 14, "Habilidades")
                .bold(50, 128, 10, "Buenas capacidades para trabajar en equipo")
                .bold(50, 142, 10, "Ganas de innovar en")
                .bold(50, 156, 10, "educación")
                .bold(50, 190, 16, "Experiencia Educativa y Formadora")
                .text(50, 210, 10, "Orientadora escolar, Grupo Eulen S.A.").right(545, 210, 10, "09/2020 - Actualidad").pdf();
        List<ResumeSection> sections = SectionHeadings.split(ResumeReader.lines(
                DocumentText.extract(pdf, io.resumetailor.resumes.entity.SourceFileType.PDF, Deadline.none())));
        assertEquals(List.of("Habilidades", "Experiencia Educativa y Formadora"),
                sections.stream().filter(x -> x.heading() != null).map(x -> x.heading().text()).toList());
    }

    @Test
    void readsStudentJobsAsExperience() {
        // German school leavers' CVs: "Praktika und Jobs", "Zeitungsträgerin (Schülerjob)", "Inventurhelferin / Promoter"
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Praktika und Jobs"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Nebenjobs"));
        assertTrue(RoleWords.position("Zeitungsträgerin (Schülerjob)"));
        assertTrue(RoleWords.position("Inventurhelferin / Promoter"));
        assertTrue(!RoleWords.position("Kaufland"));
    }

    @Test
    void readsLanguagesKnownAsTheLanguagesHeading() {
        // Indian resumes and job-portal exports head the spoken languages so
        assertEquals(Optional.of(Section.LANGUAGES), SectionVocabulary.section("Languages Known"));
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("Programming Languages Known"));
    }

    @Test
    void theCurrentAndThePastPositionsHeadTheExperience() {
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("CURRENT POSITION"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Past academic work experience"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Expériences antérieures"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("Bisherige Tätigkeiten"));
        assertEquals(Optional.of(Section.CERTIFICATIONS), SectionVocabulary.section("Formación complementaria"));
    }

    /**
     * An academic CV in small capitals (seen with a LaTeX template): headings, employers and a second
     * title line ("INED", the unit of the school above) all in the same type; the headings alone have
     * space above them.
     */
    @Test
    void aLineInTheHeadingsTypeSetCloseUnderATitleIsNoHeading() {
        ResumeContent content = read(header()
                .text(50, 110, 9, "CURRENT POSITION")
                .text(50, 128, 9, "CENTRE FOR RESEARCH ON SOCIAL INEQUALITIES, SCIENCES PO").right(545, 128, 9, "September 2025 - August 2028")
                .text(50, 140, 9, "PhD candidate")
                .text(50, 168, 9, "PAST ACADEMIC WORK EXPERIENCE")
                .text(50, 186, 9, "Université Paris Descartes").right(545, 186, 9, "September 2019 - June 2020")
                .text(50, 198, 9, "Teaching assistant: undergraduate macroeconomics tutorials.")
                .text(50, 226, 9, "EDUCATION")
                .text(50, 244, 9, "MAX PLANCK INSTITUTE FOR DEMOGRAPHIC RESEARCH").right(545, 244, 9, "September 2024 - July 2025")
                .text(50, 256, 9, "INED")
                .text(50, 268, 9, "European Doctoral School of Demography student")
                .text(50, 280, 9, "PARIS SCHOOL OF ECONOMICS").right(545, 280, 9, "2018 - 2020")
                .text(50, 292, 9, "Master's degree in Analysis and Policy in Economics"));
        assertEquals(List.of("2025-09", "2019-09"), content.experience().stream().map(e -> e.startDate()).toList());
        assertEquals("Teaching assistant", content.experience().get(1).position());
        assertEquals(List.of("2024-09", "2018-01"), content.education().stream().map(e -> e.startDate()).toList());
    }

    /** A heading broken over two lines in its own type ("EXPERIENCIA" / "ACADÉMICA:", "EDUCACIÓN" / "COMPLEMENTARIA:"). */
    @Test
    void aHeadingWrappedOverTwoLinesIsReadWhole() {
        ResumeContent content = read(header()
                .bold(50, 110, 16, "EXPERIENCIA")
                .text(50, 132, 10, "Camarera, Hotel Sol Plaza").right(545, 132, 10, "2019 - 2022")
                .bold(50, 170, 16, "EDUCACIÓN")
                .bold(50, 188, 16, "COMPLEMENTARIA:")
                .text(50, 210, 10, "Curso de manipulación de alimentos, Cruz Roja").right(545, 210, 10, "2021 - 2021")
                .bold(50, 240, 16, "IDIOMAS")
                .text(50, 262, 10, "Inglés: B2"));
        assertEquals(1, content.experience().size(), content.experience().toString());
        assertTrue(content.education().isEmpty(), content.education().toString());
        assertEquals(1, content.certifications().size(), String.valueOf(content.certifications()));
    }

    /** An academic CV in English headings (seen from the Dominican Republic): "Employments" heads the jobs, "Works" the papers. */
    @Test
    void employmentsAndWorksAreSectionsOfTheirOwn() {
        ResumeContent content = read(header()
                .bold(50, 110, 11, "Employments")
                .text(50, 128, 8, "2004 - Present").text(150, 128, 8, "Profesor / Investigador").text(330, 128, 8, "Universidad Autónoma de Santo Domingo")
                .text(50, 142, 8, "2008 - 2013").text(150, 142, 8, "Project Manager").text(330, 142, 8, "Agencia Española de Cooperación")
                .bold(50, 160, 11, "Education")
                .text(50, 178, 8, "1999 - 2012").text(150, 178, 8, "Ph.D in Physical Geography").text(330, 178, 8, "Universidad de Sevilla")
                .bold(50, 210, 11, "Works")
                .text(50, 228, 10, "1. Martínez, J. R. (2021). Cartografía geomorfológica de detalle. In XX Jornada. Universidad de Sevilla.")
                .text(50, 242, 10, "2. Martínez, J. R. (2015). Biodiversidad y geoestadística. Universidad de Sevilla."));
        assertEquals(2, content.experience().size(), content.experience().toString());
        EntryLayoutsTest.assertJob(content.experience().get(0), "Universidad Autónoma de Santo Domingo", "Profesor / Investigador", "2004-01", null);
        assertEquals(1, content.education().size(), content.education().toString());
        assertEquals(Optional.of(Section.LANGUAGES), SectionVocabulary.section("Langues étrangères"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Formation suivie"));
    }

    /** "wissenschaftlicher Mitarbeiter, Ruhr-Universität Bochum, Bochum." under a bare date, over a line of its duties. */
    @Test
    void aPositionAndItsEmployerOnTheLineUnderABareDateAreSplitAtTheComma() {
        ResumeContent content = read(header()
                .bold(50, 110, 18, "Erfahrung")
                .text(50, 134, 11, "2011 – BIS 2013")
                .text(50, 149, 11, "wissenschaftlicher Mitarbeiter, Ruhr-Universität Bochum, Bochum.")
                .text(50, 163, 10, "Studiengangskoordinator Stammzellbiologie; EDV Beauftragter")
                .text(50, 188, 11, "2008 – BIS 2008")
                .text(50, 203, 11, "Studentischer Mitarbeiter, Philipps-Universität Marburg, Marburg.")
                .text(50, 217, 10, "data mining, bioinformatische Analyse von Daten"));
        assertEquals(List.of("Ruhr-Universität Bochum", "Philipps-Universität Marburg"),
                content.experience().stream().map(e -> e.company()).toList());
        assertEquals(List.of("wissenschaftlicher Mitarbeiter", "Studentischer Mitarbeiter"),
                content.experience().stream().map(e -> e.position()).toList());
    }

    /** A heading of no known name ("Увлечения", "PASTIMES") in 18 pt set close under the last line at 11 pt: its size sets it apart. */
    @Test
    void aHeadingInLargerTypeCloseUnderTheListAboveStillEndsIt() {
        ResumeContent content = read(header()
                .bold(50, 110, 18, "SKILLS").text(50, 140, 11, "Excel").text(50, 155, 11, "SAP")
                .bold(50, 190, 18, "EXPERIENCE").text(50, 220, 11, "Translator, Lingua GmbH").right(545, 220, 11, "2020 - 2022")
                .bold(50, 236, 18, "PASTIMES").text(50, 262, 11, "Painting").text(50, 277, 11, "Chess"));
        assertEquals(List.of("Excel", "SAP"), content.skills());
        assertEquals(1, content.experience().size(), content.experience().toString());
        assertTrue(content.experience().get(0).description().isEmpty(), content.experience().get(0).description());
    }

    /**
     * A researcher's Word CV: the date line names the position alone, the employer follows under a labelled line
     * ("Sujet : …") with its place behind a dash.
     */
    @Test
    void theEmployerOfAPositionNamedAloneIsReadFromTheFirstLinesOfItsDescription() {
        ResumeContent content = read(header()
                .bold(50, 110, 15, "EXPÉRIENCES PROFESSIONNELLES")
                .bold(50, 135, 11, "01/12/2021 – présent").bold(200, 135, 11, "Chercheur Postdoctoral")
                .text(200, 149, 11, "Sujet : Génome humain synthétique")
                .text(200, 163, 11, "MRC Laboratory of Molecular Biology - Cambridge, UK")
                .text(200, 177, 11, "Superviseurs : Prof. Jason Chin, Dr Julian Sale")
                .bold(50, 205, 11, "01/10/2017 – 15/12/2020").bold(200, 205, 11, "Doctorant")
                .text(200, 219, 11, "Sujet : Non-canonical ZTGC-ADN dans les Caudovirales")
                .text(200, 233, 11, "Institut Pasteur – Paris, France"));
        assertEquals(List.of("MRC Laboratory of Molecular Biology", "Institut Pasteur"),
                content.experience().stream().map(e -> e.company()).toList());
        assertEquals(List.of("Chercheur Postdoctoral", "Doctorant"), content.experience().stream().map(e -> e.position()).toList());
    }

    /**
     * A resume builder's page: the section headings in a column of their own on the left, each beside what it holds;
     * the skills to its right in two columns. Before, the headings were read as one column first and everything under
     * the last of them.
     */
    @Test
    void aColumnOfHeadingsBesideTheTextHeadsTheRowsAtTheirHeight() {
        ResumeContent content = read(new PdfCanvas().bold(150, 40, 26, "Ana Ferreira").right(545, 40, 10, "ana.ferreira@example.org")
                .right(545, 54, 10, "+1 347 555 0144")
                .text(40, 106, 11, "Experience").bold(150, 110, 16, "Registered Nurse")
                .text(150, 126, 10, "Mount Sinai Hospital • New York").text(150, 140, 10, "06/2016 – 09/2021")
                .text(40, 160, 11, "Skills").text(150, 172, 10, "Wound care").text(350, 172, 10, "Triage")
                .text(150, 186, 10, "Patient education").text(350, 186, 10, "IV therapy")
                .text(150, 200, 10, "Charting")
                .text(40, 240, 11, "Education").bold(150, 252, 16, "Bachelor of Science in Nursing")
                .text(150, 268, 10, "Hunter College • New York").text(150, 282, 10, "05/2016"));
        assertEquals(List.of("Mount Sinai Hospital"), content.experience().stream().map(e -> e.company()).toList());
        assertEquals(List.of("Registered Nurse"), content.experience().stream().map(e -> e.position()).toList());
        assertTrue(content.skills().containsAll(List.of("Wound care", "Triage", "Patient education", "IV therapy", "Charting")),
                content.skills().toString());
        assertEquals(List.of("Hunter College"), content.education().stream().map(e -> e.institution()).toList());
    }

    /**
     * A Swiss chef's further training: a course or a federal certificate over its school, whose name may be a brand in
     * lower case ("ipso Bildung AG"), and a town of two words after it ("St. Gallen").
     */
    @Test
    void readsSwissCertificatesAndCoursesOverTheirSchools() {
        ResumeContent content = read(header()
                .bold(50, 110, 14, "AUSBILDUNG & WEITERBILDUNG")
                .bold(50, 135, 11, "Hotelfachmann – Eidg. Fachausweis")
                .text(50, 149, 10, "ipso Bildung AG, Basel | Basel | 2024 – aktuell")
                .bold(50, 175, 11, "Servicefachkurs")
                .text(50, 189, 10, "Gastro Ticino, St. Gallen | St. Gallen | 03/2001 – 06/2001")
                .bold(50, 215, 11, "Kochlehre – eidg. Fähigkeitszeugnis Koch")
                .text(50, 229, 10, "Hotel Sonnenberg, Wildhaus | Wildhaus | 08/1988 – 07/1991"));
        assertEquals(List.of("Hotelfachmann – Eidg. Fachausweis", "Servicefachkurs", "Kochlehre – eidg. Fähigkeitszeugnis Koch"),
                content.education().stream().map(e -> e.degree()).toList());
        assertEquals(List.of("ipso Bildung AG", "Gastro Ticino", "Hotel Sonnenberg"),
                content.education().stream().map(e -> e.institution()).toList());
    }

    /** An Austrian Word CV: the job's title in bold, then its dates opening the description's first sentence. */
    @Test
    void theDatesThatOpenTheDescriptionLeaveTheTitleAboveThemWhole() {
        ResumeContent content = read(header()
                .bold(50, 110, 20, "Berufserfahrung")
                .bold(50, 140, 12, "Elektroinstallateur – Strom & Licht GmbH")
                .text(50, 154, 12, "2019, Mär-Dez. Die Strom & Licht GmbH ist ein Installationsbetrieb")
                .text(50, 168, 12, "in Linz. Ich habe Unterverteilungen verdrahtet und geprüft.")
                .bold(50, 198, 12, "Praktikum – Linz AG")
                .text(50, 212, 12, "2018, Jul-Aug. Ich war für die Wartung der Trafostationen mit")
                .text(50, 226, 12, "einem Kollegen zuständig."));
        assertEquals(List.of("Strom & Licht GmbH", "Linz AG"), content.experience().stream().map(e -> e.company()).toList());
        assertEquals(List.of("Elektroinstallateur", "Praktikum"), content.experience().stream().map(e -> e.position()).toList());
        assertEquals(List.of("2019-03", "2018-07"), content.experience().stream().map(e -> e.startDate()).toList());
    }

    /**
     * A Canva CV: a description wraps its last word ("formation") onto a line of its own, which would be a heading's word;
     * the employer is told in a phrase with its town ("Chez E.Leclerc à Aire sur l'Adour").
     */
    @Test
    void aWordWrappedFromTheLineAboveOpensNoSectionAndTheEmployerLosesItsLinkAndTown() {
        ResumeContent content = read(header()
                .bold(50, 110, 20, "Expériences")
                .bold(50, 140, 13, "Développement de mon portfolio").right(545, 140, 13, "2025")
                .text(50, 156, 13, "Création de mon portfolio présentant les projets réalisés au cours de ma")
                .text(50, 171, 13, "formation")
                .bold(50, 196, 13, "Hôtesse de caisse").right(545, 196, 13, "2020")
                .text(50, 212, 13, "Chez E.Leclerc à Aire sur l’Adour")
                .bold(50, 237, 13, "Chargée d’accueil").right(545, 237, 13, "2013-2016")
                .text(50, 253, 13, "Chez XL Habitat à Mont de Marsan"));
        assertTrue(content.experience().stream().map(e -> e.company()).toList().containsAll(List.of("E.Leclerc", "XL Habitat")),
                content.experience().toString());
        assertTrue(content.education().isEmpty(), content.education().toString());
    }

    /** A LaTeX CV that sets the job title and the employer in one run of text beside the dates. */
    @Test
    void aJobTitleRunIntoItsEmployersNameIsSplitWhereTheEmployerBegins() {
        ResumeContent content = read(header()
                .bold(50, 110, 12, "Work Experience")
                .text(50, 135, 10, "10/2023 - 5/2025").text(140, 135, 10, "Data Scientist National Institutes of Health Clinical Center")
                .text(140, 149, 10, "• Analysed accelerometry data for clinical trials")
                .text(50, 170, 10, "12/2022 - 10/2023").text(140, 170, 10, "Mathematical Statistician National Science Foundation")
                .text(140, 184, 10, "• Reviewed survey methodology"));
        assertEquals(List.of("National Institutes of Health Clinical Center", "National Science Foundation"),
                content.experience().stream().map(e -> e.company()).toList());
        assertEquals(List.of("Data Scientist", "Mathematical Statistician"), content.experience().stream().map(e -> e.position()).toList());
    }

    /** The newest position's range left open after its dash, with no end on the line below: the position goes on. */
    @Test
    void aRangeLeftOpenAfterItsDashIsOngoing() {
        ResumeContent content = read(header()
                .bold(50, 110, 12, "Work Experience")
                .text(50, 135, 10, "5/2025 -").text(140, 135, 10, "Biostatistician, Virginia Commonwealth University")
                .text(140, 149, 10, "• Study design and data analysis for clinical trials")
                .text(50, 170, 10, "10/2021 - 11/2022").text(140, 170, 10, "Senior Biostatistician, Westat")
                .text(140, 184, 10, "• Statistical analysis plans"));
        assertEquals(List.of("2025-05", "2021-10"), content.experience().stream().map(e -> e.startDate()).toList());
        assertEquals(null, content.experience().get(0).endDate());
        assertEquals("2022-11", content.experience().get(1).endDate());
    }
}
