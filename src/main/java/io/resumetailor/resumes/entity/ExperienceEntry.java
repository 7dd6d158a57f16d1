package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.YearMonthText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A position held; a null {@code endDate} means "present". */
@MonthSpan.Chronological
public record ExperienceEntry(
        @NotBlank @Size(max = ContentLimits.ORGANISATION) String company,
        @NotBlank @Size(max = ContentLimits.ORGANISATION) String position,
        @NotNull @YearMonthText String startDate,
        @YearMonthText String endDate,
        @NotNull @Size(max = ContentLimits.DESCRIPTION) String description,
        @Size(max = ContentLimits.PROJECTS) List<@NotNull @Size(max = ContentLimits.PROJECT) String> projects,
        @Size(max = ContentLimits.LINKS) List<@NotNull @Valid ExperienceLink> links) implements MonthSpan {

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
