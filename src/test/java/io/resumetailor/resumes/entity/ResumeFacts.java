package io.resumetailor.resumes.entity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A resume as a set of "field=value" facts, for comparing two contents field by field
 * (what an export and its re-import keep, what a parser found).
 */
public final class ResumeFacts {

    /** A resume in three scripts and two languages, exported and read back by ExportRoundTripTest and ExportIT. */
    public static final String MULTILINGUAL = """
            {"personalInfo":{"fullName":"Zofia Łukasiewicz-Żółć","email":"zofia@example.com","phone":"+48 600 100 200",
              "location":"Kraków, Polska","linkedin":"https://www.linkedin.com/in/zofia"},
             "summary":"Backend engineer for payment systems. Работаю с Java.",
             "experience":[{"company":"Analytical Engines Ltd","position":"Senior Software Engineer","startDate":"2020-01",
               "description":"- Built the billing platform in Java\\n- Ran services on Kubernetes"},
              {"company":"ООО Ромашка","position":"Разработчик","startDate":"2016-03","endDate":"2019-12",
               "description":"- Поддерживал схемы PostgreSQL"}],
             "education":[{"institution":"University of Warsaw","degree":"MSc","field":"Computer Science","startDate":"2011-10","endDate":"2016-06"}],
             "skills":["Java","PostgreSQL","Kubernetes"],
             "certifications":[{"name":"OCP Java 17","issuer":"Oracle","date":"2022-05"}],
             "languages":[{"language":"Polish","level":"Native"},{"language":"Russian","level":"C1"}]}""";


    private ResumeFacts() {
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

    private static void add(Set<String> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(key + "=" + value);
        }
    }
}
