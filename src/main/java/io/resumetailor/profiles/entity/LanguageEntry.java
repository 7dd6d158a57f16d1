package io.resumetailor.profiles.entity;

import jakarta.validation.constraints.NotBlank;

/** A language the person speaks and how well ("Native", "Fluent", "B2"...). */
public record LanguageEntry(@NotBlank String language, @NotBlank String level) {
}
