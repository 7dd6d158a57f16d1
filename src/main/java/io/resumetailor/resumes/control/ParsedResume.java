package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.ResumeContent;
import java.util.List;

/**
 * What the built-in parser read. The personal info's name or email is null when the
 * document does not show them; {@code uncertain} names every field left out or unsure.
 */
public record ParsedResume(ResumeContent content, List<String> uncertain) {

    public ParsedResume {
        uncertain = List.copyOf(uncertain);
    }

    public boolean hasNameAndEmail() {
        return content.personalInfo().fullName() != null && content.personalInfo().email() != null;
    }
}
