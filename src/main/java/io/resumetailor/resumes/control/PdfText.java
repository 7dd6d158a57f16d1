package io.resumetailor.resumes.control;

import io.resumetailor.problems.entity.ProblemException;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * A PDF's text from glyph positions (see {@link PdfWords}, {@link PdfLayout}) with its link
 * annotations. PDFBox runs in {@value #MEMORY_BYTES} bytes of main memory, on at most
 * {@value #MAX_PAGES} pages, under a {@link Deadline}.
 */
final class PdfText {

    static final int MAX_PAGES = 20;
    static final long MEMORY_BYTES = 64L * 1024 * 1024;

    private PdfText() {
    }

    static ExtractedText extract(byte[] content, Deadline deadline) {
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MEMORY_BYTES).streamCache)) {
            if (document.isEncrypted()) {
                throw ImportProblems.encrypted();
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw ImportProblems.noText();
            }
            if (pages > MAX_PAGES) {
                throw ImportProblems.unreadable("The PDF has " + pages + " pages; a resume has at most " + MAX_PAGES + ".");
            }
            PdfGlyphs glyphs = new PdfGlyphs(deadline);
            glyphs.getText(document);
            List<TextLine> lines = new ArrayList<>();
            Set<String> allLinks = new LinkedHashSet<>();
            for (int i = 0; i < glyphs.pages().size(); i++) {
                deadline.check();
                List<PdfLink> links = links(document.getPage(i), allLinks);
                for (TextLine line : PdfLayout.lines(PdfWords.rows(glyphs.pages().get(i)), i + 1, links)) {
                    lines.add(line.withCells(line.cells().stream().map(PdfText::clean).toList()));
                }
                if (lines.size() > DocumentText.MAX_LINES) {
                    throw ImportProblems.tooLong();
                }
            }
            return new ExtractedText(Mojibake.repaired(lines), List.copyOf(allLinks));
        } catch (InvalidPasswordException e) {
            throw ImportProblems.encrypted();
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ImportProblems.unreadable("The PDF file could not be read (" + DocumentText.reason(e) + ").");
        }
    }

    static List<PdfLink> links(PDPage page, Set<String> all) throws IOException {
        PDRectangle box = page.getCropBox();
        List<PdfLink> links = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                    && uri.getURI() != null && !uri.getURI().isBlank() && uri.getURI().length() < 2_000) {
                String target = uri.getURI().strip();
                all.add(target);
                PDRectangle r = link.getRectangle();
                if (r != null) {
                    links.add(new PdfLink(target, r.getLowerLeftX() - box.getLowerLeftX(), box.getUpperRightY() - r.getUpperRightY(),
                            r.getUpperRightX() - box.getLowerLeftX(), box.getUpperRightY() - r.getLowerLeftY()));
                }
            }
        }
        return links;
    }

    /** A dotless i carrying a combining accent, as TeX sets "\\'{\\i}": the accent goes on a plain i. */
    private static final Pattern DOTLESS_ACCENTED = Pattern.compile("\u0131([\u0300-\u036F])");

    /** Ligatures and compatibility forms as plain letters; a drawn soft hyphen is a visible hyphen; "ı́" is "í". */
    static String clean(String cell) {
        String dotted = DOTLESS_ACCENTED.matcher(cell).replaceAll("i$1"); // LaTeX's "ı́" (dotless i and an accent) is "í"
        return withoutLeaders(Normalizer.normalize(dotted, Normalizer.Form.NFKC).replace('\u00AD', '-').replace('\u00A0', ' ')
                .replaceAll("[\\p{Cc}\\p{Cf}&&[^\\t]]", "")).strip();
    }

    /** Rules and leaders typed as characters ("Kenntnisse ______", "Java ........ 5 years") are layout, not text. */
    static String withoutLeaders(String text) {
        return text.replaceAll("[_]{3,}|[.·‧]{4,}|[-–—=]{4,}|[…]{2,}", " ").replaceAll("\\s{2,}", " ");
    }
}
