package io.resumetailor.bench;

import io.resumetailor.resumes.control.DocumentSniffer;
import io.resumetailor.resumes.control.DocumentText;
import io.resumetailor.resumes.control.Deadline;
import io.resumetailor.resumes.control.ResumeReader;
import io.resumetailor.resumes.control.ResumeFixtures;
import io.resumetailor.resumes.entity.SourceFileType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Median time to extract and structure (built-in parser) each fixture document in a warm
 * JVM, and, for the PDFs, the median time of poppler's pdftotext on the same file (a
 * separate process per run, as a command-line tool is used), in one run.
 */
public final class ImportBench {

    static final int WARMUP = 300;
    static final int RUNS = 500;
    static final int PDFTOTEXT_RUNS = 100;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench/import"));
        System.out.printf("%n| document | generator | extract + structure, median (ms) | pdftotext, median (ms) | ratio |%n");
        System.out.printf("|---|---|---:|---:|---:|%n");
        for (var fixture : ResumeFixtures.all()) {
            SourceFileType type = DocumentSniffer.sniff(fixture.bytes(), fixture.name());
            long[] ours = new long[RUNS];
            for (int i = -WARMUP; i < RUNS; i++) {
                long start = System.nanoTime();
                ResumeReader.read(DocumentText.extract(fixture.bytes(), type, Deadline.none()));
                if (i >= 0) {
                    ours[i] = System.nanoTime() - start;
                }
            }
            double oursMs = median(ours) / 1e6;
            String poppler = "n/a (DOCX)";
            String ratio = "";
            if (type == SourceFileType.PDF) {
                Path file = dir.resolve(fixture.name() + ".pdf");
                Files.write(file, fixture.bytes());
                long[] times = new long[PDFTOTEXT_RUNS];
                for (int i = 0; i < PDFTOTEXT_RUNS; i++) {
                    long start = System.nanoTime();
                    Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    if (process.waitFor() != 0) {
                        throw new IllegalStateException("pdftotext failed on " + file);
                    }
                    times[i] = System.nanoTime() - start;
                }
                double popplerMs = median(times) / 1e6;
                poppler = String.format("%.2f", popplerMs);
                ratio = String.format("%.2f", oursMs / popplerMs);
            }
            System.out.printf("| %s | %s | %.2f | %s | %s |%n", fixture.name(), fixture.name().contains("openpdf") ? "OpenPDF"
                    : fixture.name().contains("pdfbox") ? "PDFBox" : "Apache POI", oursMs, poppler, ratio);
        }
        System.out.println("ratio = ours / pdftotext (pdftotext only extracts text; ours also structures it)");
    }

    static long median(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
