package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record ExperienceLink(@NotBlank String name, @NotNull @HttpUrl String link) {
}
