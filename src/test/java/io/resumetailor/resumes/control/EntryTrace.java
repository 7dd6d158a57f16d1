package io.resumetailor.resumes.control;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints every entry of one kind of section with its title lines, extra lines and body size: a parser debugging aid. */
public final class EntryTrace {

    private EntryTrace() {
    }

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        ExtractedText text = DocumentText.extract(bytes, DocumentSniffer.sniff(bytes, args[0]), Deadline.none());
        Section kind = Section.valueOf(args[1]);
        for (ResumeSection section : SectionHeadings.split(ResumeReader.lines(text))) {
            if (section.kind() == kind) {
                for (Entry entry : EntrySplitter.split(section, kind == Section.EDUCATION ? EntrySplitter.Singles.ANY
                        : EntrySplitter.Singles.OWN_CELL)) {
                    System.out.println(entry.range().start() + ".." + entry.range().end());
                    entry.header().forEach(h -> System.out.println("   H " + h.cells()));
                    entry.more().forEach(h -> System.out.println("   M " + h.cells()));
                    entry.above().forEach(h -> System.out.println("   A " + h.cells()));
                    System.out.println("   body " + entry.body().size());
                    if (kind == Section.EDUCATION) {
                        System.out.println("   pieces " + EducationReader.pieces(TitleCandidates.of(TitlePart.of(entry.header())))
                                + " -> " + EducationReader.read(entry));
                    }
                }
            }
        }
    }
}
