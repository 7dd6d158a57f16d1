package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.resumes.entity.ExperienceEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Word table whose first row labels its columns in the headings' type ("Период работы ‖ Место работы ‖ Должность",
 * measured on a Russian teacher's CV; "Zeitraum ‖ Arbeitgeber ‖ Position" here), wrapped in its cells: the labels open no section
 * and name no entry.
 */
class TableHeaderRowTest {

    @Test
    void theLabelsOfTheColumnsAreNeitherHeadingNorEntry() {
        byte[] pdf = EntryLayoutsTest.header()
                .bold(50, 110, 12, "Ausbildung:")
                .bold(50, 126, 12, "Zeitraum").bold(200, 126, 12, "Schule")
                .text(50, 142, 12, "2003 – 2008").text(200, 142, 12, "Universität Potsdam, Mathematik")
                .bold(50, 170, 12, "Berufserfahrung:")
                .bold(50, 186, 12, "Zeitraum").bold(200, 186, 12, "Arbeitgeber").bold(380, 186, 12, "Position")
                .bold(50, 200, 12, "der Tätigkeit")
                .text(50, 216, 12, "09/2007 – 08/2008").text(200, 216, 12, "Gesamtschule Nord").text(380, 216, 12, "Lehrerin für Mathematik")
                .text(50, 244, 12, "09/2008 – 09/2010").text(200, 244, 12, "Universität Potsdam").text(380, 244, 12, "Laborantin").pdf();
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(pdf);
        assertEquals(2, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Gesamtschule Nord", "Lehrerin für Mathematik", "2007-09", "2008-08");
        EntryLayoutsTest.assertJob(jobs.get(1), "Universität Potsdam", "Laborantin", "2008-09", "2010-09");
    }
}
