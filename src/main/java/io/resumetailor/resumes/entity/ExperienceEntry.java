package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.YearMonthText;
import jakarta.validation.Valid;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A position held; a null {@code endDate} means "present". */
public record ExperienceEntry(
        @NotBlank String company,
        @NotBlank String position,
        @NotNull @YearMonthText String startDate,
        @YearMonthText String endDate,
        @NotNull String description,
        List<@NotNull String> projects,
        List<@NotNull @Valid ExperienceLink> links) {

    /** YYYY-MM strings order like the months they name. */
    @JsonbTransient
    @AssertTrue(message = "endDate must not be before startDate")
    public boolean isChronological() {
        return MonthRange.isChronological(startDate, endDate);
    }
}
