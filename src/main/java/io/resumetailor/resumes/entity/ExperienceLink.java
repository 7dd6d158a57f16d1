package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ExperienceLink(@NotBlank @Size(max = ContentLimits.ORGANISATION) String name, @NotNull @HttpUrl @Size(max = ContentLimits.URL) String link) {

    /** Declared so that the components' constraints stay off its parameters (see package-info). */
    public ExperienceLink(String name, String link) {
        this.name = name;
        this.link = link;
    }
}
