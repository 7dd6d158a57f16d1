package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.resumes.entity.ExperienceEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entries as RenderCV's themes draw them (one YAML, nine layouts; measured on rendercv/rendercv's examples): the
 * same jobs must come out whatever the theme.
 */
class RenderCvThemesTest {

    @Test
    void takesTheDateBesideTheFirstHighlightForTheTitleAboveIt() {
        // classic: the grid puts "date and location" in the row of the first highlight, the time span under it
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experience")
                .text(50, 135, 10, "Nexus AI, Co-Founder & CTO").right(545, 135, 10, "San Francisco, CA")
                .text(60, 149, 10, "• Built foundation model infrastructure serving 2M+ monthly API requests").right(545, 149, 10, "June 2023 – present")
                .text(66, 163, 10, "with 99.97% uptime").right(545, 163, 10, "2 years 10 months")
                .text(60, 177, 10, "• Raised $18M Series A led by Sequoia Capital")
                .text(50, 203, 10, "NVIDIA Research, Research Intern").right(545, 203, 10, "Santa Clara, CA")
                .text(60, 217, 10, "• Designed sparse attention mechanism reducing memory by 4.2x").right(545, 217, 10, "May 2022 – Aug 2022")
                .text(60, 231, 10, "• Co-authored paper accepted at NeurIPS 2022").right(545, 231, 10, "4 months").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Nexus AI", "Co-Founder & CTO", "2023-06", null);
        EntryLayoutsTest.assertJob(jobs.get(1), "NVIDIA Research", "Research Intern", "2022-05", "2022-08");
    }

    @Test
    void keepsResearchInTheNameOfAnEmployer() {
        // ember, sb2nov, moderncv: employer and place above the position
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experience")
                .text(50, 135, 10, "Nexus AI – San Francisco, CA").right(545, 135, 10, "June 2023 – present")
                .text(50, 149, 10, "Co-Founder & CTO")
                .text(60, 163, 10, "• Built foundation model infrastructure serving 2M+ monthly API requests")
                .text(50, 189, 10, "NVIDIA Research – Santa Clara, CA").right(545, 189, 10, "May 2022 – Aug 2022")
                .text(50, 203, 10, "Research Intern")
                .text(60, 217, 10, "• Designed sparse attention mechanism reducing memory by 4.2x")
                .text(50, 243, 10, "Apple ML Research – Cupertino, CA").right(545, 243, 10, "May 2020 – Aug 2020")
                .text(50, 257, 10, "Research Intern")
                .text(60, 271, 10, "• Filed 2 patents on efficient model quantization").pdf());
        assertEquals(3, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Nexus AI", "Co-Founder & CTO", "2023-06", null);
        EntryLayoutsTest.assertJob(jobs.get(1), "NVIDIA Research", "Research Intern", "2022-05", "2022-08");
        EntryLayoutsTest.assertJob(jobs.get(2), "Apple ML Research", "Research Intern", "2020-05", "2020-08");
    }

    @Test
    void cutsThePlaceAfterAPositionBehindTheEmployer() {
        // harvard, opal: "employer, position – place" on one line
        List<ExperienceEntry> jobs = EntryLayoutsTest.jobs(EntryLayoutsTest.header().bold(50, 110, 14, "Experience")
                .text(50, 135, 10, "Nexus AI, Co-Founder & CTO – San Francisco, CA").right(545, 135, 10, "June 2023 – present")
                .text(60, 149, 10, "• Built foundation model infrastructure serving 2M+ monthly API requests")
                .text(50, 175, 10, "Google DeepMind, Research Intern – London, UK").right(545, 175, 10, "May 2021 – Aug 2021")
                .text(60, 189, 10, "• Developed reinforcement learning algorithms for multi-agent coordination").pdf());
        assertEquals(2, jobs.size(), jobs.toString());
        EntryLayoutsTest.assertJob(jobs.get(0), "Nexus AI", "Co-Founder & CTO", "2023-06", null);
        EntryLayoutsTest.assertJob(jobs.get(1), "Google DeepMind", "Research Intern", "2021-05", "2021-08");
    }
}
