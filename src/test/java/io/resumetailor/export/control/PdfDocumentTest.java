package io.resumetailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.ContentLimits;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void wrapsWithinTheWidthAndKeepsEveryWordInOrder() throws Exception {
        String text = String.join(" ", Collections.nCopies(200, "Mentored newly qualified nurses"));
        List<String> lines = PdfDocument.Writer.wrap(text, FONT, 10.5f, 300);
        assertTrue(lines.size() > 20);
        for (String line : lines) {
            assertTrue(FONT.getStringWidth(line) / 1000 * 10.5f <= 300, line);
        }
        assertEquals(text, String.join(" ", lines));
    }

    @Test
    void cutsAWordWiderThanTheLine() throws Exception {
        List<String> lines = PdfDocument.Writer.wrap("x".repeat(400) + " end", FONT, 10.5f, 200);
        assertTrue(lines.size() >= 3, lines.toString());
        assertEquals("x".repeat(400) + "end", String.join("", lines).replace(" ", ""));
        for (String line : lines) {
            assertTrue(FONT.getStringWidth(line) / 1000 * 10.5f <= 200, line);
        }
    }

    static ResumeContent atTheLimits() {
        List<ExperienceEntry> jobs = new ArrayList<>();
        for (int i = 0; i < ContentLimits.EXPERIENCE_ENTRIES; i++) {
            jobs.add(new ExperienceEntry("Company " + i, "Position " + i, "2020-01", null,
                    "word ".repeat(ContentLimits.DESCRIPTION / 5), null, null));
        }
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < ContentLimits.SKILLS; i++) {
            skills.add("skill " + i);
        }
        return new ResumeContent(new PersonalInfo("Ana Pérez", "ana@example.com", null, null, null, null),
                "s".repeat(ContentLimits.SUMMARY), jobs, List.of(new EducationEntry("U", "BSc", null, "2010-01", null)),
                skills, null, null);
    }

    @Test
    void rendersAResumeAtTheContentLimitsWithSelectableText() throws Exception {
        long start = System.nanoTime();
        byte[] pdf = PdfDocument.render(ResumeLayout.of(atTheLimits()), "T", "A");
        long millis = (System.nanoTime() - start) / 1_000_000;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 10 && document.getNumberOfPages() < 200, document.getNumberOfPages() + " pages");
            assertTrue(new PDFTextStripper().getText(document).contains("Company 59"));
        }
        System.out.println("PDF at the content limits: " + pdf.length / 1024 + " KB in " + millis + " ms");
    }

    @Test
    void stopsWhenItsThreadIsInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> PdfDocument.render(ResumeLayout.of(atTheLimits()), "T", "A"));
        } finally {
            Thread.interrupted();
        }
    }
}
