package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.SourceFileType;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The text of a DOCX ({@link DocxText}) or PDF ({@link PdfText}) in reading order, with the
 * layout of each line and the hyperlink targets. Hardened for hostile files: POI's zip-bomb
 * limits (inflate ratio, entry size, text size, entry count) and its XML parsing without
 * DTDs, PDFBox in bounded main memory with a page cap and bounded page content, at most
 * {@value #MAX_LINES} lines, and a {@link Deadline} checked inside both libraries' loops so
 * that the work really stops when the caller's time is up.
 */
public final class DocumentText {

    static final int MAX_LINES = 5_000;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(2_000_000);
        ZipSecureFile.setMaxFileCount(2_000);
    }

    private DocumentText() {
    }

    public static ExtractedText extract(byte[] content, SourceFileType type, Deadline deadline) {
        ExtractedText text = type == SourceFileType.PDF ? PdfText.extract(content, deadline) : DocxText.extract(content, deadline);
        if (text.isBlank()) {
            throw ImportProblems.noText();
        }
        return text;
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
