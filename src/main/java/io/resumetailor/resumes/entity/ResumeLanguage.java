package io.resumetailor.resumes.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ResumeLanguage(@NotBlank @Size(max = ContentLimits.LANGUAGE) String language, @NotBlank @Size(max = ContentLimits.LANGUAGE) String level) {

    /** Declared so that the components' constraints stay off its parameters (see package-info). */
    public ResumeLanguage(String language, String level) {
        this.language = language;
        this.level = level;
    }
}
