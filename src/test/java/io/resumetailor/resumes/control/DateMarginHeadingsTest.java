package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.SourceFileType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Word for Mac CV's second page (seen on an industrial clerk's CV): dates in a left margin
 * beside each entry, the section headings in that margin too, alone on their rows, and a
 * degree wrapped so that its last line reads "with certificate". The margin is a margin (each
 * date beside its entry), and "with certificate" heads nothing. Synthetic text of our own.
 */
class DateMarginHeadingsTest {

    static ResumeContent cv() {
        return NameAndContactLayoutsTest.read(pdf()).content();
    }

    static byte[] pdf() {
        PdfCanvas page = new PdfCanvas().bold(70, 40, 12, "Jonas Reitmeier").text(70, 56, 10, "jonas.reitmeier@example.org")
                .bold(70, 90, 11, "Professional Experience");
        float top = 120;
        String[][] jobs = {{"07/2005 – 02/2008", "Production Assistant", "Rheinwerk Kunststoff GmbH, Worms"},
            {"11/2003 – 06/2005", "Housekeeper", "Mainufer Hotel GmbH, Hanau"},
            {"06/2001 – 10/2003", "Warehouse Clerk", "Lagerhaus Nord KG, Gießen"}};
        for (String[] job : jobs) {
            page.text(70, top, 10, job[0]).bold(250, top, 10, job[1]).text(250, top + 12, 10, job[2]);
            top += 34;
        }
        page.bold(70, top + 8, 11, "Education and Training");
        top += 34;
        page.text(70, top, 10, "10/2012 – 07/2013").text(250, top, 10, "Part-time qualification as a")
                .bold(250, top + 12, 10, "machine and plant operator, IHK Gießen-Friedberg")
                .text(250, top + 24, 10, "with certificate");
        top += 46;
        page.text(70, top, 10, "11/2008 – 04/2009").bold(250, top, 10, "Qualification as Assembly Technician")
                .text(250, top + 12, 10, "Berufliche Schule Butzbach");
        top += 34;
        page.bold(70, top, 11, "Formal education");
        top += 24;
        page.text(70, top, 10, "05/1995 – 04/1998").text(250, top, 10, "Stadtschule am Solgraben, Bad Nauheim")
                .bold(250, top + 12, 10, "Graduation: Secondary School Certificate");
        return page.pdf();
    }

    @Test
    void eachDateInTheMarginDatesTheEntryBesideIt() {
        List<ExperienceEntry> jobs = cv().experience();
        assertEquals(List.of("Production Assistant", "Housekeeper", "Warehouse Clerk"), jobs.stream().map(ExperienceEntry::position).toList());
        assertEquals(List.of("2005-07", "2003-11", "2001-06"), jobs.stream().map(ExperienceEntry::startDate).toList());
    }

    @Test
    void aWrappedLineOpenedByAJoiningWordHeadsNoSection() {
        assertEquals(java.util.Optional.empty(), SectionVocabulary.section("with certificate"));
        ExtractedText text = DocumentText.extract(pdf(), SourceFileType.PDF, Deadline.none());
        List<String> headings = SectionHeadings.split(ResumeReader.lines(text)).stream()
                .map(section -> section.heading() == null ? "-" : section.heading().text().strip()).toList();
        assertEquals(List.of("-", "Professional Experience", "Education and Training", "Formal education"), headings);
    }

    @Test
    void aLevelBesideEachToolIsNoSkill() {
        ResumeContent clerk = NameAndContactLayoutsTest.read(new PdfCanvas().bold(70, 40, 12, "Jonas Reitmeier")
                .text(70, 56, 10, "jonas.reitmeier@example.org").bold(70, 90, 11, "Skills")
                .text(70, 112, 10, "MS Word").text(250, 112, 10, "good proficiency")
                .text(70, 124, 10, "MS Excel").text(250, 124, 10, "very good proficiency")
                .text(70, 136, 10, "DATEV").text(250, 136, 10, "advanced knowledge")
                .text(70, 148, 10, "Lexware").text(250, 148, 10, "basic knowledge").pdf()).content();
        assertEquals(List.of("MS Word", "MS Excel", "DATEV", "Lexware"), clerk.skills());
    }
}
