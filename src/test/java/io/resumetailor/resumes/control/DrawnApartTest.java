package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Word CV exported to PDF (seen on a French economist's CV): the name's last letter drawn
 * apart ("Godwi n"), headings with an icon font's glyph and a large first letter before them
 * ("C D iplômes et Formations"), jobs as dated bullets "dates : position chez / au employer :",
 * and degrees as dated bullets wrapped over two lines. Synthetic text of our own in that shape.
 */
class DrawnApartTest {

    static ResumeContent cv() {
        return NameAndContactLayoutsTest.read(new PdfCanvas()
                .bold(200, 40, 24, "Elise Martinel Godwi n DURAND")
                .text(50, 80, 12, "elise.durand@example.org").text(50, 96, 12, "(+33) 6 12 34 56 78")
                .bold(50, 140, 14, "C Expériences Professionnelles")
                .text(60, 170, 9, "• Février 2023- Mars 2023 : Chargée d’enquêtes terrain chez DATAWORK by Lingua :")
                .text(60, 184, 9, "• Conduire la collecte des données sur place")
                .text(60, 206, 9, "• Depuis septembre 2022 – aujourd’hui : Assistante de Recherche (Ingénieur d’études) au Laboratoire GREQAM :")
                .text(60, 220, 9, "• Modélisation économétrique et analyse de données d’enquêtes")
                .bold(50, 260, 14, "C D iplômes et Formations")
                .bold(60, 290, 9, "• 2020-2022 : Diplôme de Master en Economie Appliquée à l’Université de Lorraine,")
                .text(70, 304, 9, "mention bien.")
                .bold(60, 322, 9, "• 2015-2018 : Diplôme de Licence en Statistique à l’Ecole Nationale de Statistique et de")
                .text(70, 336, 9, "Gestion ENSG, major de promotion.")
                .bold(50, 376, 14, "C L angues")
                .text(60, 404, 9, "• Français : langue maternelle")
                .text(60, 418, 9, "• Anglais : C1").pdf()).content();
    }

    @Test
    void aLastLetterDrawnApartEndsItsWord() {
        assertEquals("Elise Martinel Godwin Durand", cv().personalInfo().fullName());
    }

    @Test
    void aPositionChezOrAuAnEmployerIsBoth() {
        List<ExperienceEntry> jobs = cv().experience();
        assertEquals(2, jobs.size(), jobs.toString());
        assertEquals("Chargée d’enquêtes terrain", jobs.get(0).position());
        assertEquals("DATAWORK by Lingua", jobs.get(0).company());
        assertEquals("Assistante de Recherche (Ingénieur d’études)", jobs.get(1).position());
        assertEquals("Laboratoire GREQAM", jobs.get(1).company());
    }

    @Test
    void datedDegreeBulletsWrappedOverTwoLinesAreEntries() {
        List<EducationEntry> degrees = cv().education();
        assertEquals(2, degrees.size(), degrees.toString());
        assertEquals("2020", degrees.get(0).startDate().substring(0, 4));
        assertEquals("Université de Lorraine", degrees.get(0).institution());
        assertEquals("2015", degrees.get(1).startDate().substring(0, 4));
    }

    @Test
    void anIconGlyphAndADropCapBeforeAHeadingLeaveTheHeading() {
        assertEquals(Section.EDUCATION, SectionVocabulary.section("C D iplômes et Formations").orElse(null));
        assertEquals(Section.EDUCATION, SectionVocabulary.section("D iplômes et Formations").orElse(null));
        assertEquals(Section.EXPERIENCE, SectionVocabulary.section("E xpérience").orElse(null));
        assertEquals(Section.LANGUAGES, SectionVocabulary.section("C L angues").orElse(null));
        assertEquals(List.of("Français", "Anglais"), cv().languages().stream().map(l -> l.language()).toList());
    }
}
