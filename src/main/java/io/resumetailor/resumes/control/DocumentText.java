package io.resumetailor.resumes.control;

import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.resumes.entity.SourceFileType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Text of a DOCX (Apache POI) or PDF (Apache PDFBox) in reading order, with list items
 * marked and hyperlink targets collected. Hardened for hostile files: POI's zip-bomb
 * limits (inflate ratio, entry size, text size) and its XML parsing without DTDs, a main-
 * memory cap for PDFBox, and a page cap. The caller adds a wall-clock limit.
 */
public final class DocumentText {

    static final int MAX_PAGES = 20;
    static final long PDF_MEMORY_BYTES = 64L * 1024 * 1024;
    static final int MAX_LINES = 5_000;
    private static final Pattern PDF_BULLET = Pattern.compile("^\\s*[•●▪■◦‣∙·\\-–*]\\s+");

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(2_000_000);
        ZipSecureFile.setMaxFileCount(2_000);
    }

    private DocumentText() {
    }

    public static ExtractedText extract(byte[] content, SourceFileType type) {
        ExtractedText text = type == SourceFileType.PDF ? pdf(content) : docx(content);
        if (text.isBlank()) {
            throw ImportProblems.noText();
        }
        return text;
    }

    static ExtractedText docx(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<String> lines = new ArrayList<>();
            Set<String> links = new LinkedHashSet<>();
            body(document, document.getBodyElements(), lines, links);
            return new ExtractedText(lines, List.copyOf(links));
        } catch (IOException | RuntimeException e) {
            throw ImportProblems.unreadable("The DOCX file could not be read (" + reason(e) + ").");
        }
    }

    private static void body(XWPFDocument document, List<IBodyElement> elements, List<String> lines, Set<String> links) {
        for (IBodyElement element : elements) {
            if (lines.size() > MAX_LINES) {
                throw ImportProblems.unreadable("The document is far longer than a resume.");
            }
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(document, paragraph, lines, links);
            } else if (element instanceof XWPFTable table) {
                // cell by cell: a two-column layout table reads column after column
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(document, cell.getBodyElements(), lines, links);
                    }
                }
            }
        }
    }

    private static void paragraph(XWPFDocument document, XWPFParagraph paragraph, List<String> lines, Set<String> links) {
        for (XWPFRun run : paragraph.getRuns()) {
            if (run instanceof XWPFHyperlinkRun hyperlinkRun) {
                XWPFHyperlink hyperlink = hyperlinkRun.getHyperlink(document);
                if (hyperlink != null && hyperlink.getURL() != null) {
                    links.add(hyperlink.getURL());
                }
            }
        }
        String text = paragraph.getText().replace('\u00A0', ' ').strip();
        if (text.isEmpty()) {
            return;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(paragraph.getNumID() != null ? ExtractedText.BULLET + line.strip() : line.strip());
            }
        }
    }

    static ExtractedText pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY_BYTES).streamCache)) {
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
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            String text = stripper.getText(document);
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\\R")) {
                String clean = line.replace('\u00A0', ' ').strip();
                if (clean.isEmpty()) {
                    continue;
                }
                var bullet = PDF_BULLET.matcher(clean);
                lines.add(bullet.find() ? ExtractedText.BULLET + clean.substring(bullet.end()) : clean);
                if (lines.size() > MAX_LINES) {
                    throw ImportProblems.unreadable("The document is far longer than a resume.");
                }
            }
            Set<String> links = new LinkedHashSet<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                            && uri.getURI() != null) {
                        links.add(uri.getURI());
                    }
                }
            }
            return new ExtractedText(lines, List.copyOf(links));
        } catch (InvalidPasswordException e) {
            throw ImportProblems.encrypted();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ImportProblems.unreadable("The PDF file could not be read (" + reason(e) + ").");
        }
    }

    static String reason(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase();
        if (message.contains("zip bomb") || message.contains("inflate") || message.contains("ratio")) {
            return "it expands to far more than it holds";
        }
        if (message.contains("doctype") || message.contains("entity")) {
            return "it contains XML that is not allowed";
        }
        return "damaged or not a real " + (e.getClass().getName().contains("pdfbox") ? "PDF" : "document");
    }
}
