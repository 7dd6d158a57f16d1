package io.resumetailor.resumes.entity;

import jakarta.validation.constraints.NotBlank;

public record ResumeLanguage(@NotBlank String language, @NotBlank String level) {

    /** Declared so that the components' constraints stay off its parameters (see package-info). */
    public ResumeLanguage(String language, String level) {
        this.language = language;
        this.level = level;
    }
}
