package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.YearMonthText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A position held; a null {@code endDate} means "present". */
@MonthSpan.Chronological
public record ExperienceEntry(
        @NotBlank String company,
        @NotBlank String position,
        @NotNull @YearMonthText String startDate,
        @YearMonthText String endDate,
        @NotNull String description,
        List<@NotNull String> projects,
        List<@NotNull @Valid ExperienceLink> links) implements MonthSpan {

    /** Declared so that the components' constraints stay off its parameters (see package-info). */
    public ExperienceEntry(String company, String position, String startDate, String endDate, String description, List<String> projects, List<ExperienceLink> links) {
        this.company = company;
        this.position = position;
        this.startDate = startDate;
        this.endDate = endDate;
        this.description = description;
        this.projects = projects;
        this.links = links;
    }
}
