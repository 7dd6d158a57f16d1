package io.resumetailor.tailoring.control;

import io.resumetailor.resumes.entity.ResumeContent;
import java.util.ArrayList;
import java.util.List;

/** All the text of a resume that can be evidence for a skill, in one string. */
public final class ResumeText {

    private ResumeText() {
    }

    public static String of(ResumeContent resume) {
        List<String> parts = new ArrayList<>();
        if (resume.summary() != null) {
            parts.add(resume.summary());
        }
        parts.addAll(resume.skills());
        resume.experience().forEach(entry -> {
            parts.add(entry.position());
            parts.add(entry.company());
            parts.add(entry.description());
            if (entry.projects() != null) {
                parts.addAll(entry.projects());
            }
        });
        resume.education().forEach(entry -> {
            parts.add(entry.degree());
            if (entry.field() != null) {
                parts.add(entry.field());
            }
        });
        if (resume.certifications() != null) {
            resume.certifications().forEach(c -> parts.add(c.name()));
        }
        if (resume.languages() != null) {
            resume.languages().forEach(l -> parts.add(l.language()));
        }
        return String.join("\n", parts);
    }
}
