package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.SourceFileType;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Field-level precision and recall of the built-in parser over the fixture files (real
 * DOCX and PDF from three generators). Descriptions are free text and not counted.
 */
public class ParserAccuracyTest {

    static final double PRECISION_FLOOR = 0.95;
    static final double RECALL_FLOOR = 0.95;

    public static Set<String> facts(ResumeContent content) {
        Set<String> facts = new LinkedHashSet<>();
        var person = content.personalInfo();
        add(facts, "name", person.fullName());
        add(facts, "email", person.email());
        add(facts, "phone", person.phone());
        add(facts, "location", person.location());
        add(facts, "linkedin", person.linkedin());
        add(facts, "website", person.website());
        add(facts, "summary", content.summary());
        for (int i = 0; i < content.experience().size(); i++) {
            var entry = content.experience().get(i);
            add(facts, "experience" + i + ".company", entry.company());
            add(facts, "experience" + i + ".position", entry.position());
            add(facts, "experience" + i + ".start", entry.startDate());
            add(facts, "experience" + i + ".end", entry.endDate() == null ? "present" : entry.endDate());
        }
        for (int i = 0; i < content.education().size(); i++) {
            var entry = content.education().get(i);
            add(facts, "education" + i + ".institution", entry.institution());
            add(facts, "education" + i + ".degree", entry.degree());
            add(facts, "education" + i + ".field", entry.field());
            add(facts, "education" + i + ".start", entry.startDate());
            add(facts, "education" + i + ".end", entry.endDate());
        }
        content.skills().forEach(skill -> add(facts, "skill", skill));
        if (content.certifications() != null) {
            content.certifications().forEach(c -> {
                add(facts, "certification", c.name());
                add(facts, "certification.issuer", c.issuer());
                add(facts, "certification.date", c.date());
            });
        }
        if (content.languages() != null) {
            content.languages().forEach(l -> add(facts, "language", l.language() + "=" + l.level()));
        }
        return facts;
    }

    static void add(Set<String> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(key + "=" + value);
        }
    }

    @Test
    void precisionAndRecallOverTheFixtureSet() throws Exception {
        int truePositives = 0;
        int parsedFacts = 0;
        int expectedFacts = 0;
        var report = new StringBuilder("\nparser accuracy per fixture (precision / recall):\n");
        for (var fixture : ResumeFixtures.all()) {
            SourceFileType type = DocumentSniffer.sniff(fixture.bytes(), fixture.name());
            var parsed = HeuristicResumeParser.parse(DocumentText.extract(fixture.bytes(), type)).content();
            Set<String> got = facts(parsed);
            Set<String> want = facts(fixture.expected());
            Set<String> hit = new LinkedHashSet<>(got);
            hit.retainAll(want);
            truePositives += hit.size();
            parsedFacts += got.size();
            expectedFacts += want.size();
            Set<String> missed = new LinkedHashSet<>(want);
            missed.removeAll(got);
            Set<String> wrong = new LinkedHashSet<>(got);
            wrong.removeAll(want);
            report.append(String.format("  %-28s %.2f / %.2f  missed %s  wrong %s%n", fixture.name(),
                    (double) hit.size() / Math.max(1, got.size()), (double) hit.size() / want.size(), missed, wrong));
        }
        double precision = (double) truePositives / parsedFacts;
        double recall = (double) truePositives / expectedFacts;
        report.append(String.format("  overall: precision %.3f, recall %.3f over %d expected facts%n", precision, recall, expectedFacts));
        System.out.println(report);
        assertTrue(precision >= PRECISION_FLOOR && recall >= RECALL_FLOOR, report.toString());
    }
}
