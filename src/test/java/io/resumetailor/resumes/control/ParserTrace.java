package io.resumetailor.resumes.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shows how the built-in parser reads a document: its sections, the dated entries of the
 * experience and education sections with their title parts, and the result. A tool for
 * working on the parser with real documents: {@code java -cp ... io.resumetailor.resumes.control.ParserTrace file...}
 */
public final class ParserTrace {

    private ParserTrace() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Path file = Path.of(arg);
            byte[] bytes = Files.readAllBytes(file);
            ExtractedText text = DocumentText.extract(bytes, DocumentSniffer.sniff(bytes, file.getFileName().toString()), Deadline.none());
            List<ResumeLine> lines = ResumeReader.lines(text);
            System.out.println("=== " + file.getFileName());
            for (ResumeSection section : SectionHeadings.split(lines).stream().map(s -> s.kind() == Section.EXPERIENCE || s.kind() == Section.EDUCATION ? DateColumn.raised(DateColumn.rejoined(s)) : s).toList()) {
                System.out.printf("[%s] %s (%d lines)%s%n", section.kind(), section.heading() == null ? "-" : section.heading().text(),
                        section.lines().size(), section.range().map(r -> " range " + r.start() + ".." + r.end()).orElse(""));
                if (section.kind() == Section.EXPERIENCE || section.kind() == Section.EDUCATION) {
                    for (Entry entry : EntrySplitter.split(section, section.kind() == Section.EDUCATION ? EntrySplitter.Singles.ANY : EntrySplitter.Singles.OWN_CELL)) {
                        System.out.printf("   %s..%s  parts %s%n", entry.range().start(), entry.range().end(),
                                TitleCandidates.of(TitlePart.of(entry.header())));
                    }
                }
            }
            ParsedResume parsed = ResumeReader.read(text);
            System.out.println(parsed.content());
            parsed.uncertain().forEach(u -> System.out.println("  ? " + u));
        }
    }
}
