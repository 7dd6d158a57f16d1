package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record ExperienceLink(@NotBlank String name, @NotNull @HttpUrl String link) {

    /** Declared so that the components' constraints stay off its parameters (see package-info). */
    public ExperienceLink(String name, String link) {
        this.name = name;
        this.link = link;
    }
}
