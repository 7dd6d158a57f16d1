package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.YearMonthText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@MonthSpan.Chronological
public record EducationEntry(
        @NotBlank @Size(max = ContentLimits.ORGANISATION) String institution,
        @NotBlank @Size(max = ContentLimits.ORGANISATION) String degree,
        @Size(max = ContentLimits.ORGANISATION) String field,
        @NotNull @YearMonthText String startDate,
        @YearMonthText String endDate) implements MonthSpan {

    /** Declared so that the components' constraints stay off its parameters (see package-info). */
    public EducationEntry(String institution, String degree, String field, String startDate, String endDate) {
        this.institution = institution;
        this.degree = degree;
        this.field = field;
        this.startDate = startDate;
        this.endDate = endDate;
    }
}
