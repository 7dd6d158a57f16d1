package io.resumetailor.bench;

import io.resumetailor.resumes.control.Deadline;
import io.resumetailor.resumes.control.DocumentSniffer;
import io.resumetailor.resumes.control.DocumentText;
import io.resumetailor.resumes.control.ExtractedText;
import io.resumetailor.resumes.control.TextLine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints what the extraction makes of documents, one line per text line with its layout
 * (page, size, bold, gap above, list item, links): for looking at a real document while
 * working on the parser. {@code java -cp ... io.resumetailor.bench.DumpText file...}
 */
public final class DumpText {

    private DumpText() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Path file = Path.of(arg);
            byte[] bytes = Files.readAllBytes(file);
            ExtractedText text = DocumentText.extract(bytes, DocumentSniffer.sniff(bytes, file.getFileName().toString()), Deadline.none());
            System.out.printf("=== %s (body %.1f pt, %d links)%n", file.getFileName(), text.bodySize(), text.links().size());
            for (TextLine line : text.lines()) {
                System.out.printf("p%d%s %5.1f %4.1f%s %5.1f %s%s%s%s%s%n", line.page(), Float.isNaN(line.column()) || line.column() < 0 ? ""
                        : "c" + Math.round(line.column()), line.top(), line.size(), line.bold() ? "B" : " ",
                        line.gapAbove(), line.outline() >= 0 ? "H" + line.outline() + " " : "", line.colored() ? "C " : "", line.bullet() ? "• " : "",
                        String.join(" ‖ ", line.cells()), line.links().isEmpty() ? "" : "   -> " + line.links());
            }
            System.out.println("links: " + text.links());
        }
    }
}
