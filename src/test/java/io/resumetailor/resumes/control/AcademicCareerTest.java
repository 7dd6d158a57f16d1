package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plain-TeX academic CV (seen on a mathematician's French CV): headings one point larger than
 * the body and not bold ("Carrière académique"), posts still held written "2.2025– Title,
 * department, university", and an arXiv number where a phone number would be. Synthetic text of
 * our own in that shape.
 */
class AcademicCareerTest {

    static ResumeContent cv() {
        return NameAndContactLayoutsTest.read(new PdfCanvas()
                .text(220, 60, 20, "CLAIRE FONTANEL")
                .text(150, 100, 10, "Professeure, Universität Freiburg").text(350, 100, 10, "claire.fontanel@example.org")
                .text(50, 140, 11, "Carrière académique")
                .text(50, 160, 10, "3.2024– Professeure des Universités, Institut für Mathematik, Université de Fribourg")
                .text(50, 176, 10, "9.2019– Maîtresse de conférences, Laboratoire de Mathématiques, Université de Rennes")
                .text(50, 192, 10, "10.2017–8.2019 Postdoc, Université de Nantes")
                .text(50, 220, 11, "Prépublications")
                .text(50, 240, 10, "[1] C. Fontanel: Surfaces with many automorphisms. arXiv:2603.26416")
                .text(50, 270, 11, "Publications")
                .text(50, 290, 10, "[2] C. Fontanel, P. Roux: Finite groups acting on curves. J. Algebra, vol. 12 (2021), 33–44.").pdf())
                .content();
    }

    @Test
    void aModerncvCareerOfPostdocsUnderPreviousPostsAndDegreesUnderUniversityTitles() {
        ResumeContent content = NameAndContactLayoutsTest.read(new PdfCanvas()
                .text(200, 50, 18, "Olivier Lemaire | Chercheur").text(150, 80, 9, "olivier.lemaire@example.fr")
                .bold(50, 120, 14, "Fonctions exercées")
                .bold(50, 140, 11, "Poste actuel")
                .text(50, 156, 10, "ENSTA Paris").right(545, 156, 10, "Palaiseau")
                .text(50, 168, 10, "Postdoctorat").right(545, 168, 10, "Depuis mai 2016")
                .text(70, 182, 10, "— Sujet : intégration numérique garantie ;")
                .bold(50, 206, 11, "Postes précédents")
                .text(50, 222, 10, "Polytech Orléans").right(545, 222, 10, "Orléans")
                .text(50, 234, 10, "Postdoctorat").right(545, 234, 10, "D’avril 2015 à février 2016")
                .text(70, 248, 10, "— Sujet : employabilité des étudiants ;")
                .bold(50, 272, 14, "Titres universitaires")
                .text(50, 290, 10, "École Polytechnique").right(545, 290, 10, "Palaiseau")
                .text(50, 302, 10, "Doctorat en informatique").right(545, 302, 10, "2014").pdf()).content();
        assertEquals(2, content.experience().size(), content.experience().toString());
        EntryLayoutsTest.assertJob(content.experience().get(1), "Polytech Orléans", "Postdoctorat", "2015-04", "2016-02");
        assertEquals(1, content.education().size(), content.education().toString());
        assertEquals("École Polytechnique", content.education().get(0).institution());
    }

    @Test
    void aHeadingOnePointLargerOpensItsSection() {
        List<ExperienceEntry> jobs = cv().experience();
        assertEquals(3, jobs.size(), jobs.toString());
        assertEquals(Section.EXPERIENCE, SectionVocabulary.section("Carrière académique").orElse(null));
        assertEquals(Section.OTHER, SectionVocabulary.section("Prépublications").orElse(null));
    }

    @Test
    void aMonthAndYearWithAGluedDashBeforeTheTitleIsStillOpen() {
        List<ExperienceEntry> jobs = cv().experience();
        assertEquals("2024-03", jobs.get(0).startDate());
        assertNull(jobs.get(0).endDate());
        assertEquals("Professeure des Universités", jobs.get(0).position());
        assertEquals("2019-09", jobs.get(1).startDate());
        assertNull(jobs.get(1).endDate());
        assertEquals("2019-08", jobs.get(2).endDate());
    }

    @Test
    void anArxivNumberIsNoPhone() {
        assertNull(cv().personalInfo().phone());
    }

    @Test
    void aPhoneLabelledMobileNoStaysAPhone() {
        ResumeContent engineer = NameAndContactLayoutsTest.read(NameAndContactLayoutsTest.experience(new PdfCanvas()
                .bold(50, 40, 18, "Rahul Verma").text(50, 64, 12, "Mobile No: +91 98765 43210")
                .text(50, 80, 12, "Email: rahul.verma@example.org"), 140).pdf()).content();
        assertEquals("+91 98765 43210", engineer.personalInfo().phone());
    }

    @Test
    void aBirthDateIsNoPhone() {
        ResumeContent student = NameAndContactLayoutsTest.read(NameAndContactLayoutsTest.experience(new PdfCanvas()
                .bold(50, 40, 18, "Irina Volkova").text(50, 64, 12, "Date of birth: 27/10/1999 (18 years old)")
                .text(50, 80, 12, "Email: irina.volkova@example.org"), 140).pdf()).content();
        assertNull(student.personalInfo().phone());
    }

    @Test
    void aRemarkInBracketsAfterTheDatesGoesWithThem() {
        String line = "Lyceum No. 2 of Tiraspol: 2006-2017 (11 years of study)";
        MonthRange range = MonthRange.find(line).orElseThrow();
        assertEquals("Lyceum No. 2 of Tiraspol", EntrySplitter.cut(line, range.from(), range.to()));
    }
}
