package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.ResumeContent;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The facts of a resume, one string per field value, for comparing what the parser read
 * with what was written (the export round trip in {@code ExportIT} and
 * {@link ExportRoundTripTest}). Descriptions are free text and not counted. The aggregate
 * precision/recall this class once asserted over four self-made fixtures is gone: accuracy
 * is measured on real resumes ({@code bench/parse-accuracy.sh}), and each failure class
 * seen there has a regression test of its own (the {@code *LayoutsTest} classes, e.g.
 * {@link EntryLayoutsTest}).
 */
public final class ParserAccuracyTest {

    private ParserAccuracyTest() {
    }

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
}
