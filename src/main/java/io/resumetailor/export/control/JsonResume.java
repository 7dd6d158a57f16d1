package io.resumetailor.export.control;

import io.resumetailor.resumes.entity.ResumeContent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * ResumeContent as JSON Resume (jsonresume.org, schema 1.x): basics with profiles, work
 * with highlights from the bullet lines, education, skills, certificates, languages.
 */
public final class JsonResume {

    public static final String SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

    private JsonResume() {
    }

    public static JsonObject of(ResumeContent resume) {
        var person = resume.personalInfo();
        JsonObjectBuilder basics = Json.createObjectBuilder().add("name", person.fullName()).add("email", person.email());
        optional(basics, "phone", person.phone());
        optional(basics, "url", person.website());
        optional(basics, "summary", resume.summary());
        if (person.location() != null) {
            basics.add("location", Json.createObjectBuilder().add("address", person.location()));
        }
        JsonArrayBuilder profiles = Json.createArrayBuilder();
        if (person.linkedin() != null) {
            profiles.add(Json.createObjectBuilder().add("network", "LinkedIn").add("url", person.linkedin()));
        }
        basics.add("profiles", profiles);

        JsonArrayBuilder work = Json.createArrayBuilder();
        resume.experience().forEach(entry -> {
            List<String> highlights = new ArrayList<>();
            List<String> text = new ArrayList<>();
            for (String line : entry.description().split("\\R")) {
                String clean = line.strip();
                String bullet = ResumeLayout.bulletText(clean);
                if (bullet != null) {
                    highlights.add(bullet);
                } else if (!clean.isEmpty()) {
                    text.add(clean);
                }
            }
            JsonObjectBuilder job = Json.createObjectBuilder().add("name", entry.company()).add("position", entry.position())
                    .add("startDate", entry.startDate());
            optional(job, "endDate", entry.endDate());
            if (!text.isEmpty()) {
                job.add("summary", String.join("\n", text));
            }
            if (entry.links() != null && !entry.links().isEmpty()) {
                job.add("url", entry.links().get(0).link());
            }
            job.add("highlights", Json.createArrayBuilder(highlights));
            work.add(job);
        });

        JsonArrayBuilder education = Json.createArrayBuilder();
        resume.education().forEach(entry -> {
            JsonObjectBuilder school = Json.createObjectBuilder().add("institution", entry.institution())
                    .add("studyType", entry.degree()).add("startDate", entry.startDate());
            optional(school, "area", entry.field());
            optional(school, "endDate", entry.endDate());
            education.add(school);
        });

        JsonArrayBuilder skills = Json.createArrayBuilder();
        resume.skills().forEach(skill -> skills.add(Json.createObjectBuilder().add("name", skill)));
        JsonArrayBuilder certificates = Json.createArrayBuilder();
        if (resume.certifications() != null) {
            resume.certifications().forEach(c -> {
                JsonObjectBuilder certificate = Json.createObjectBuilder().add("name", c.name());
                optional(certificate, "issuer", c.issuer());
                optional(certificate, "date", c.date());
                certificates.add(certificate);
            });
        }
        JsonArrayBuilder languages = Json.createArrayBuilder();
        if (resume.languages() != null) {
            resume.languages().forEach(l -> languages.add(Json.createObjectBuilder().add("language", l.language())
                    .add("fluency", l.level())));
        }
        return Json.createObjectBuilder().add("$schema", SCHEMA).add("basics", basics).add("work", work)
                .add("education", education).add("skills", skills).add("certificates", certificates)
                .add("languages", languages).build();
    }

    static void optional(JsonObjectBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.add(name, value);
        }
    }
}
