package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Shapes seen in third-party CVs (a Canva CV with the name in two display-type lines and a
 * sidebar between them, a Russian Word CV with a label between the title lines and the dates,
 * a LaTeX CV with a school's name hyphenated above its year, a French Word CV whose skills
 * heading names interests too). Synthetic text of our own in those shapes.
 */
class LabelsAndWrapsTest {

    private static ResumeContent read(PdfCanvas canvas) {
        return NameAndContactLayoutsTest.read(canvas.pdf()).content();
    }

    @Test
    void aNameInTwoDisplayLinesWithASidebarBetweenThemIsOneName() {
        ResumeContent content = read(new PdfCanvas()
                .bold(229, 85, 48, "MARKUS")
                .bold(262, 129, 48, "HALVERSEN")
                .text(72, 222, 20, "Persönlich Daten")
                .text(72, 257, 12, "Geburtsdatum : 15.07.1990")
                .text(72, 350, 12, "0176 1234 5678")
                .text(72, 382, 12, "markus.beispiel@example.org")
                .text(95, 475, 15, "Sprachkenntnisse")
                .text(80, 531, 14, "Kurdisch")
                .text(80, 552, 14, "Arabisch")
                .text(284, 209, 15, "Berufserfahrungen")
                .text(284, 251, 12, "05/2020 - 3/2022 Kurierfahrer bei Paketdienst Nord GmbH")
                .text(284, 278, 12, "01/2019 - 04/2020 Kassierer bei Schnellimbiss Dorsten")
                .text(284, 305, 12, "12/2016 - 12/2018 Verkaufsaushilfe bei Backstube Ruhr GmbH"));
        assertEquals("Markus Halversen", content.personalInfo().fullName());
    }

    @Test
    void aHeadingWithDataIsNoName() {
        assertFalse(NameReader.nameShaped("Persönlich Daten"));
        assertFalse(NameReader.nameShaped("Angaben Persönlich"));
    }

    @Test
    void aDescriptionLabelBetweenTheTitleLinesAndTheDatesBelongsToNeither() {
        ResumeContent content = read(new PdfCanvas()
                .bold(50, 24, 11, "Lebenslauf")
                .bold(50, 46, 11, "Sofia Michaelis")
                .bold(50, 92, 11, "Telefon: 0171 000 00 00")
                .bold(50, 114, 11, "E-Mail: sofia.michaelis@example.org")
                .bold(50, 244, 11, "Berufserfahrung:")
                .text(50, 266, 11, "Istra Medien GmbH")
                .text(50, 288, 11, "Position: Redakteurin")
                .bold(50, 310, 11, "Aufgaben:")
                .bold(50, 322, 11, "04.02.2016 - 01.02.2017")
                .text(50, 333, 11, "Recherche und Analyse von Informationen")
                .text(50, 355, 11, "Verfassen von Artikeln"));
        List<ExperienceEntry> jobs = content.experience();
        assertEquals(1, jobs.size(), jobs.toString());
        assertEquals("Istra Medien GmbH", jobs.get(0).company(), jobs.toString());
        assertEquals("Redakteurin", jobs.get(0).position());
        assertEquals("2016-02", jobs.get(0).startDate());
    }

    @Test
    void aSchoolNameHyphenatedAboveItsYearIsOneName() {
        ResumeContent content = read(new PdfCanvas()
                .bold(50, 40, 18, "JIMENA ROBLEDO SANTOS")
                .text(50, 64, 9, "jimena.robledo@example.org   314-000-0000")
                .bold(50, 100, 17, "EDUCACIÓN")
                .text(50, 130, 11, "Magister en Bioinformática")
                .bold(50, 146, 9, "Universidad Nacional de Colombia")
                .text(50, 162, 8, "2019")
                .text(50, 198, 11, "Licenciatura en Biología")
                .bold(50, 214, 9, "Universidad Distrital Francisco José de Cal-")
                .bold(50, 226, 9, "das")
                .text(50, 242, 8, "2012"));
        List<EducationEntry> schools = content.education();
        assertEquals(2, schools.size(), schools.toString());
        assertEquals("Universidad Distrital Francisco José de Caldas", schools.get(1).institution());
        assertEquals("Licenciatura", schools.get(1).degree());
        List<EducationEntry> first = read(new PdfCanvas()
                .bold(50, 40, 18, "JIMENA ROBLEDO SANTOS")
                .text(50, 64, 9, "jimena.robledo@example.org   314-000-0000")
                .bold(50, 100, 17, "EDUCACIÓN")
                .text(50, 130, 11, "Licenciatura en Biología")
                .bold(50, 146, 9, "Universidad Distrital Francisco José de Cal-")
                .bold(50, 158, 9, "das")
                .text(50, 174, 8, "2012")
                .text(50, 210, 11, "Bachiller Académico")
                .bold(50, 226, 9, "Colegio Distrital San Martín")
                .text(50, 242, 8, "2007")).education();
        assertEquals(2, first.size(), first.toString());
        assertEquals("Universidad Distrital Francisco José de Caldas", first.get(0).institution(), "the wrapped school first");
    }

    @Test
    void aHyphenAtALineEndJoinsByTheCaseOfWhatFollows() {
        assertEquals("Universidad de Caldas", TitlePart.wrapJoined("Universidad de Cal-", "das"));
        assertEquals("E-Commerce Manager", TitlePart.wrapJoined("E-", "Commerce Manager"));
        assertEquals("Sozial- und Gesundheitswesen", TitlePart.wrapJoined("Sozial-", "und Gesundheitswesen"));
        assertEquals("Acme GmbH Berlin", TitlePart.wrapJoined("Acme GmbH", "Berlin"));
        assertEquals("Ведущий инженер-конструктор", TitlePart.wrapJoined("Ведущий инженер-", "конструктор"));
        assertEquals("Online-E-Learning", TitlePart.wrapJoined("Online-", "E-Learning"));
    }

    @Test
    void yearsWrittenNewestFirstAreARange() {
        MonthRange range = MonthRange.find("2013 – 2012 | Bogotá D.C., Colombia").orElseThrow();
        assertEquals("2012-01", range.start());
        assertEquals("2013-12", range.end());
        assertTrue(MonthRange.find("2013 – 1995").isEmpty(), "eighteen years apart: no typo, no range");
        assertTrue(MonthRange.find("Administration of SQL Server 2016/2014").isEmpty(), "versions, no range");
    }

    @Test
    void daysOfOneMonthAreThatMonth() {
        for (String days : List.of("Stage au Concours général agricole (CGA) - Du 24 au 27 février 2024", "vom 3. bis 7. Februar 2024",
                "del 2 al 9 de febrero de 2024")) {
            MonthRange range = MonthRange.find(days).orElseThrow(() -> new AssertionError(days));
            assertEquals("2024-02", range.start(), days);
            assertEquals("2024-02", range.end(), days);
        }
        assertEquals("2025-04", MonthRange.find("Du 6 Janvier 2025 au 30 Avril 2025").orElseThrow().end());
    }

    @Test
    void aSkillsHeadingThatNamesInterestsTooHeadsSkills() {
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("Compétences, logiciels & Centre d’intérêt"));
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("Compétences & Centres d'intérêt"));
        assertEquals(Optional.of(Section.OTHER), SectionVocabulary.section("Centres d'intérêt"));
        assertEquals(Optional.of(Section.EXPERIENCE), SectionVocabulary.section("FORMATION ET PARCOURS PROFESSIONNEL"),
                "studies and work named together stay as they were read");
        ResumeContent content = read(new PdfCanvas()
                .bold(200, 40, 24, "Lucie MARCHAND")
                .text(50, 80, 12, "lucie.marchand@example.org").text(50, 96, 12, "06 12 34 56 78")
                .bold(50, 140, 14, "Compétences, logiciels & Centre d’intérêt")
                .text(60, 170, 9, "• Logiciels : R, Stata, Python, SQL")
                .text(60, 184, 9, "• Intérêts : football, cinéma"));
        assertEquals(List.of("R", "Stata", "Python", "SQL"), content.skills());
    }

    @Test
    void strengthsAndASchoolHeadingAreNamed() {
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("FORTALEZAS"));
        assertEquals(Optional.of(Section.SKILLS), SectionVocabulary.section("Stärken"));
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("Schule - Berufsausbildung"));
        assertTrue(SectionVocabulary.section("Canadian Armed Forces").isEmpty(), "an employer, no strengths");
    }

    @Test
    void aSingleDatedListItemInAListOfJobsIsAJob() {
        ResumeContent content = read(new PdfCanvas()
                .cyrillic(50, 40, 24, "Давыдова Софья Дмитриевна")
                .cyrillic(50, 80, 12, "+7(925)000-00-00")
                .cyrillic(50, 100, 12, "Эл. Почта: sofia.d@example.org")
                .cyrillic(50, 140, 14, "Опыт работы")
                .cyrillic(50, 170, 12, "• Помощник координатора в компании «Тудубокс» (2017)")
                .cyrillic(50, 200, 14, "Увлечения")
                .cyrillic(50, 224, 12, "• Кулинария"));
        List<ExperienceEntry> jobs = content.experience();
        assertEquals(1, jobs.size(), jobs.toString());
        assertEquals("Помощник координатора", jobs.get(0).position());
        assertEquals("2017", jobs.get(0).startDate().substring(0, 4));
    }

    @Test
    void aLetterThatStandsForABulletIsNoPartOfTheItem() {
        ResumeContent content = read(new PdfCanvas()
                .bold(30, 40, 22, "Elias Krasnow")
                .text(380, 60, 10, "elias.krasnow@example.org").text(380, 74, 10, "078 000 00 00")
                .bold(30, 120, 11, "MOTIVATION").bold(316, 120, 11, "FACHKENNTNISSE")
                .text(30, 138, 10, "Mein Ziel ist es, administrative Prozesse")
                .text(316, 138, 10, "o").text(331, 138, 10, "Bearbeitung von Kundenanfragen")
                .text(30, 152, 10, "aktiv zu unterstützen und zur Entlastung")
                .text(316, 152, 10, "o").text(331, 152, 10, "Neukundengewinnung")
                .text(30, 166, 10, "vom Team beizutragen.")
                .text(316, 166, 10, "o").text(331, 166, 10, "Datenpflege")
                .bold(30, 200, 11, "BERUFSERFAHRUNG").bold(316, 200, 11, "INTERESSEN")
                .text(30, 218, 10, "Verkaufsassistent").text(316, 218, 10, "Fussball")
                .text(30, 232, 10, "Auto Marti AG, Niederwangen").text(200, 232, 10, "06.2023 – 03.2025"));
        assertEquals(List.of("Bearbeitung von Kundenanfragen", "Neukundengewinnung", "Datenpflege"), content.skills());
    }

    @Test
    void aYearAloneAboveAListItemNamesTheItem() {
        assertEquals(Optional.of(Section.EDUCATION), SectionVocabulary.section("FORMATION GÉNÉRALE"));
        ResumeContent content = read(new PdfCanvas()
                .text(40, 18, 28, "YANNICK BEAUVOIR")
                .text(40, 76, 12, "06 00 00 00 00").text(40, 106, 12, "yannick.beauvoir@example.org")
                .text(40, 124, 17, "FORMATION GÉNÉRALE")
                .text(40, 145, 13, "2019 - 2022")
                .text(40, 157, 13, "• Lycée Marcelin Berthelot, Classe préparatoire pour les Grandes Ecoles, BCPST")
                .text(40, 181, 13, "2019")
                .text(40, 193, 13, "• Lycée de la Vallée de Chevreuse, Baccalauréat - Section scientifique"));
        List<EducationEntry> schools = content.education();
        assertEquals(2, schools.size(), schools.toString());
        assertEquals("Lycée Marcelin Berthelot", schools.get(0).institution());
        assertEquals("Lycée de la Vallée de Chevreuse", schools.get(1).institution());
    }
}
