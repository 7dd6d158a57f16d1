package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.BeanRules;
import io.resumetailor.resumes.entity.ContentLimits;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.SourceFileType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** What the built-in parser reads from a very long resume still passes the content limits. */
class ContentFitTest {

    @Test
    void aParsedLongResumeFitsTheContentLimits() throws IOException {
        ParsedResume parsed;
        try (var document = new XWPFDocument()) {
            DocxLayoutsTest.paragraph(document, "Jane Doe", true, 18);
            DocxLayoutsTest.paragraph(document, "jane.doe@example.org", false, 10);
            DocxLayoutsTest.paragraph(document, "Summary", true, 13);
            for (int i = 0; i < 70; i++) {
                DocxLayoutsTest.paragraph(document, "Engineer who builds reliable distributed systems and mentors teams, sentence " + i + ".", false, 10);
            }
            DocxLayoutsTest.paragraph(document, "Experience", true, 13);
            for (int i = 0; i < 70; i++) {
                int year = 1950 + i;
                DocxLayoutsTest.paragraph(document, "Software Engineer, Company " + i + " GmbH", false, 10);
                DocxLayoutsTest.paragraph(document, "01/" + year + " – 12/" + year, false, 10);
                int bullets = i == 0 ? 80 : 1;
                for (int b = 0; b < bullets; b++) {
                    DocxLayoutsTest.paragraph(document, "• Built and ran the order pipeline for thousands of customers, step " + b, false, 10);
                }
            }
            DocxLayoutsTest.paragraph(document, "Skills", true, 13);
            DocxLayoutsTest.paragraph(document, IntStream.range(0, 250).mapToObj(i -> "Tool" + i).collect(Collectors.joining(", ")), false, 10);
            var out = new ByteArrayOutputStream();
            document.write(out);
            parsed = ResumeReader.read(DocumentText.extract(out.toByteArray(), SourceFileType.DOCX, Deadline.none()));
        }
        ResumeContent content = parsed.content();
        assertEquals(Set.of(), BeanRules.invalidPaths(content));
        assertEquals(ContentLimits.EXPERIENCE_ENTRIES, content.experience().size());
        assertEquals("Company 0 GmbH", content.experience().get(0).company(), "the document's first entries are kept");
        assertTrue(content.experience().get(0).description().length() <= ContentLimits.DESCRIPTION);
        assertTrue(content.experience().get(0).description().endsWith("customers, step " + lastWholeStep(content)),
                "cut at a line break: " + content.experience().get(0).description());
        assertTrue(content.summary().length() <= ContentLimits.SUMMARY);
        assertEquals(ContentLimits.SKILLS, content.skills().size());
        assertEquals("Tool0", content.skills().get(0));
        assertTrue(parsed.uncertain().contains("experience: 70 found, the first 60 kept"), parsed.uncertain().toString());
        assertTrue(parsed.uncertain().contains("skills: 250 found, the first 200 kept"), parsed.uncertain().toString());
        assertTrue(parsed.uncertain().stream().anyMatch(f -> f.startsWith("experience[0].description: shortened")), parsed.uncertain().toString());
        assertTrue(parsed.uncertain().stream().anyMatch(f -> f.startsWith("summary: shortened")), parsed.uncertain().toString());
    }

    private static String lastWholeStep(ResumeContent content) {
        String[] lines = content.experience().get(0).description().split("\n");
        return lines[lines.length - 1].replaceAll(".*step ", "");
    }

    @Test
    void leavesOutAContactValueTooLongToBeOneAndDropsSentencesReadAsSkills() {
        String longPhone = "+49 30 1234567 ".repeat(5);
        String sentence = "Worked with many tools over the years in several teams and always learned the next one quickly, "
                + "whatever the project needed";
        ParsedResume parsed = new ParsedResume(new ResumeContent(
                new PersonalInfo("Jane Doe", "jane.doe@example.org", longPhone, null, null, null), null,
                List.of(), List.of(), List.of("Java", sentence, "SQL"), null, null), List.of());
        ParsedResume fitted = ContentFit.within(parsed);
        assertNull(fitted.content().personalInfo().phone());
        assertEquals(List.of("Java", "SQL"), fitted.content().skills());
        assertEquals(List.of("personalInfo.phone: longer than 50 characters, left out",
                "skills: 1 item(s) longer than 100 characters left out"), fitted.uncertain());
        assertEquals(Set.of(), BeanRules.invalidPaths(fitted.content()));
    }

    @Test
    void cutsAnOverlongCompanyAtAWordAndLeavesAFittingResumeAsItIs() {
        String company = "Gesellschaft für angewandte Forschung ".repeat(10).strip();
        ExperienceEntry job = new ExperienceEntry(company, "Engineer", "2020-01", null, "", null, null);
        ParsedResume parsed = new ParsedResume(new ResumeContent(new PersonalInfo("Jane Doe", "jane@example.org", null, null, null, null),
                null, List.of(job), List.of(), List.of("Java"), null, null), new ArrayList<>());
        String cut = ContentFit.within(parsed).content().experience().get(0).company();
        assertTrue(cut.length() <= ContentLimits.ORGANISATION && company.startsWith(cut + " "), "cut at a word: " + cut);
        ParsedResume fitting = new ParsedResume(new ResumeContent(parsed.content().personalInfo(), null,
                List.of(new ExperienceEntry("Acme", "Engineer", "2020-01", null, "", null, null)), List.of(), List.of("Java"), null, null), List.of());
        assertSame(fitting, ContentFit.within(fitting));
    }
}
