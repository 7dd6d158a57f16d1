package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.SourceFileType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides what a file is from its bytes: a PDF starts with {@code %PDF-} (within the
 * first kilobyte, as readers allow); a DOCX is a ZIP that holds {@code word/document.xml}.
 * The name only has to agree: a {@code .pdf} that is a DOCX is refused, not guessed at.
 */
public final class DocumentSniffer {

    static final int MAX_ENTRIES_SCANNED = 1_000;

    private DocumentSniffer() {
    }

    public static SourceFileType sniff(byte[] content, String fileName) {
        if (content.length == 0) {
            throw ImportProblems.unsupportedType("The file is empty.");
        }
        SourceFileType type = isPdf(content) ? SourceFileType.PDF : isDocx(content) ? SourceFileType.DOCX : null;
        if (type == null) {
            throw ImportProblems.unsupportedType("Only DOCX and PDF resumes can be imported; this file is neither.");
        }
        String extension = extension(fileName);
        if ((extension.equals("pdf") || extension.equals("docx")) && !extension.equals(type.label())) {
            throw ImportProblems.unsupportedType("The file is named ." + extension + " but its content is "
                    + type.label().toUpperCase(Locale.ROOT) + ".");
        }
        return type;
    }

    static boolean isPdf(byte[] content) {
        int window = Math.min(content.length, 1024);
        return new String(content, 0, window, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    static boolean isDocx(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return false;
        }
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ENTRIES_SCANNED && (entry = zip.getNextEntry()) != null; i++) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A file name safe to store and show: no path, no control or reserved characters, at most 255 characters. */
    public static String safeFileName(String fileName, SourceFileType type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "resume." + type.label();
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
