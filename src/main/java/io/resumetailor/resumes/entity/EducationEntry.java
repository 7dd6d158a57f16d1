package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.YearMonthText;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record EducationEntry(
        @NotBlank String institution,
        @NotBlank String degree,
        String field,
        @NotNull @YearMonthText String startDate,
        @YearMonthText String endDate) {

    @JsonbTransient
    @AssertTrue(message = "endDate must not be before startDate")
    public boolean isChronological() {
        return MonthRange.isChronological(startDate, endDate);
    }
}
