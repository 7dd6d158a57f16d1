package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.CertificationEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Certificates, one per line of a certifications section: the name, the issuer after a
 * separator ("OCP Java 17 - Oracle (May 2022)", "AWS Developer | Amazon | 2019") and a
 * date when the line gives one. Lines that are only a date or only a name continuing the
 * previous certificate over several lines ("CodeAcademy" / "2020") complete it.
 */
final class CertificationReader {

    private CertificationReader() {
    }

    static List<CertificationEntry> read(List<ResumeSection> sections) {
        List<CertificationEntry> out = new ArrayList<>();
        for (ResumeSection section : sections) {
            for (ResumeLine line : section.lines()) {
                String text = line.text().strip();
                String date = null;
                Optional<MonthRange> when = MonthRange.single(text);
                if (when.isPresent()) {
                    date = when.get().start().endsWith("-01") && when.get().approximate() ? null : when.get().start();
                    date = when.get().approximate() ? null : date;
                    text = EntrySplitter.cut(text, when.get().from(), when.get().to()).replaceAll("\\(\\s*\\)", "").strip();
                }
                if (text.isEmpty() || EntrySplitter.sentence(text) || text.split("\\s+").length > 14) {
                    continue;
                }
                String[] parts = text.split("\\s+[—–-]\\s+|\\s*\\|\\s*|,\\s+", 2);
                String name = TitlePart.clean(parts[0]);
                String issuer = parts.length > 1 ? TitlePart.clean(parts[1]) : null;
                if (!name.isEmpty()) {
                    out.add(new CertificationEntry(name, issuer == null || issuer.isEmpty() ? null : issuer, date));
                }
            }
        }
        return out;
    }
}
