package io.resumetailor.bench;

import io.resumetailor.export.control.PdfDocument;
import io.resumetailor.export.control.ResumeLayout;
import io.resumetailor.export.entity.Block;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Median time to export a two-page resume as PDF (warm JVM), against the same resume as
 * HTML printed to PDF by headless Chromium (how browser-based resume builders make theirs),
 * one browser process per document, in one run.
 */
public final class ExportBench {

    static final int RUNS = 300;
    static final int CHROMIUM_RUNS = 15;

    public static void main(String[] args) throws Exception {
        ResumeContent resume = twoPages();
        List<Block> layout = ResumeLayout.of(resume);
        long[] ours = new long[RUNS];
        int pages = 0;
        for (int i = -100; i < RUNS; i++) {
            long start = System.nanoTime();
            byte[] pdf = PdfDocument.render(ResumeLayout.of(resume), "Bench", "Bench");
            if (i >= 0) {
                ours[i] = System.nanoTime() - start;
            }
            if (i == RUNS - 1) {
                try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                    pages = document.getNumberOfPages();
                }
            }
        }
        Path dir = Files.createDirectories(Path.of("target/bench/export"));
        Path html = dir.resolve("resume.html");
        Files.writeString(html, html(layout));
        long[] chromium = new long[CHROMIUM_RUNS];
        for (int i = 0; i < CHROMIUM_RUNS; i++) {
            Path out = dir.resolve("chromium-" + i + ".pdf");
            Path profile = Files.createTempDirectory(dir, "profile");
            long start = System.nanoTime();
            Process process = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + out, html.toUri().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() != 0 || !Files.exists(out)) {
                throw new IllegalStateException("chromium failed");
            }
            chromium[i] = System.nanoTime() - start;
        }
        double oursMs = median(ours) / 1e6;
        double chromiumMs = median(chromium) / 1e6;
        System.out.printf("%nPDF export of a %d-page resume, median%n| renderer | median (ms) |%n|---|---:|%n", pages);
        System.out.printf("| PdfDocument (PDFBox, warm JVM, %d runs) | %.1f |%n", RUNS, oursMs);
        System.out.printf("| headless Chromium --print-to-pdf (one process per document, %d runs) | %.1f |%n", CHROMIUM_RUNS, chromiumMs);
        System.out.printf("ratio ours / Chromium: %.3f%n", oursMs / chromiumMs);
    }

    static ResumeContent twoPages() {
        List<ExperienceEntry> experience = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            experience.add(new ExperienceEntry("Company " + i + " GmbH", "Senior Engineer", (2010 + i) + "-01", (2011 + i) + "-01",
                    "- Built and ran the payments platform in Java and Spring Boot for merchants across Europe\n"
                            + "- Moved the services to Kubernetes and cut deployment time from hours to minutes\n"
                            + "- Mentored engineers and led the design of the event-driven ledger on Kafka\n"
                            + "- Improved PostgreSQL query plans for the reporting workloads", null, null));
        }
        return new ResumeContent(new PersonalInfo("Zofia Łukasiewicz", "zofia@example.com", "+48 600 100 200", "Kraków",
                "https://www.linkedin.com/in/zofia", null),
                "Backend engineer with twelve years of building payment systems. Работаю с Java и PostgreSQL.",
                experience, List.of(new EducationEntry("University of Warsaw", "MSc", "Computer Science", "2004-10", "2009-06")),
                List.of("Java", "Spring Boot", "PostgreSQL", "Kafka", "Kubernetes", "Terraform", "AWS"), null,
                List.of(new ResumeLanguage("Polish", "Native"), new ResumeLanguage("English", "C1")));
    }

    static String html(List<Block> layout) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Resume</title><style>"
                + "body{font-family:'Liberation Sans',Arial,sans-serif;margin:56px;font-size:10.5pt}h1{font-size:18pt}"
                + "h2{font-size:13pt;margin-top:12pt}h3{font-size:11pt;margin:6pt 0 0}p{margin:2pt 0}li{margin:1pt 0}</style></head><body>");
        for (Block block : layout) {
            String text = block.text().replace("&", "&amp;").replace("<", "&lt;");
            if (block instanceof Block.Title) {
                html.append("<h1>").append(text).append("</h1>");
            } else if (block instanceof Block.Heading) {
                html.append("<h2>").append(text).append("</h2>");
            } else if (block instanceof Block.Subheading) {
                html.append("<h3>").append(text).append("</h3>");
            } else if (block instanceof Block.Bullet) {
                html.append("<ul><li>").append(text).append("</li></ul>");
            } else if (block instanceof Block.Contact contact && contact.link() != null) {
                html.append("<p><a href=\"").append(contact.link()).append("\">").append(text).append("</a></p>");
            } else {
                html.append("<p>").append(text).append("</p>");
            }
        }
        return html.append("</body></html>").toString();
    }

    static long median(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
