package io.resumetailor.resumes.entity;

import jakarta.validation.constraints.NotBlank;

public record ResumeLanguage(@NotBlank String language, @NotBlank String level) {
}
