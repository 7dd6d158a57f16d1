package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People who tell school, training and work in one timeline head it as studies ("Schul- und Berufsbildung", "Formation"):
 * the jobs in it are still jobs, the apprenticeship and the schools stay studies. Synthetic resumes of our own.
 */
class OneTimelineTest {

    static TextLine row(String date, String title) {
        return TextLine.plain(date + " " + title).withCells(List.of(date, title));
    }

    static ResumeContent read(List<TextLine> lines) {
        return ResumeReader.read(new ExtractedText(lines, List.of())).content();
    }

    @Test
    void readsTheJobsOfATimelineHeadedAsStudies() {
        ResumeContent content = read(List.of(
                TextLine.plain("Lea Brunner"),
                TextLine.plain("lea.brunner@example.ch, 079 000 00 00"),
                TextLine.plain("Schul- und Berufsbildung"),
                row("09.2022 –", "Pflegefachfrau HF"),
                TextLine.plain("Höhere Fachschule Gesundheit Zentralschweiz, Luzern"),
                row("03.2021 – 08.2022", "Verkäuferin"),
                TextLine.plain("Migros Genossenschaft Luzern, Kriens"),
                TextLine.plain("• Beratung und Kasse"),
                row("08.2018 – 07.2021", "Lehre als Detailhandelsfachfrau EFZ"),
                TextLine.plain("Coop Genossenschaft, Basel"),
                row("08.2015 – 07.2018", "Sekundarschule Kriens"),
                TextLine.plain("Sprachen"),
                TextLine.plain("Deutsch Muttersprache")));
        List<ExperienceEntry> jobs = content.experience();
        assertEquals(1, jobs.size(), jobs.toString());
        assertEquals("Verkäuferin", jobs.get(0).position());
        assertTrue(jobs.get(0).company().startsWith("Migros Genossenschaft"), jobs.get(0).company());
        assertEquals("2021-03", jobs.get(0).startDate());
        assertTrue(content.education().stream().noneMatch(study -> study.degree().contains("Verkäuferin")), content.education().toString());
    }
}
