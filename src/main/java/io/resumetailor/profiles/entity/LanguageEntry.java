package io.resumetailor.profiles.entity;

import jakarta.validation.constraints.NotBlank;

/** A language the person speaks and how well ("Native", "Fluent", "B2"...). */
public record LanguageEntry(@NotBlank String language, @NotBlank String level) {

    /** Declared so that the components' constraints stay off its parameters (see the resumes entity package-info). */
    public LanguageEntry(String language, String level) {
        this.language = language;
        this.level = level;
    }
}
