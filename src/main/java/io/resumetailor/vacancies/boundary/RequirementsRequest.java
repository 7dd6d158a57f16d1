package io.resumetailor.vacancies.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The owner's list of a vacancy's requirements; it replaces the stored list. Kind and
 * lexicon concept are read from each text; ids are given anew in order (r1, r2...).
 */
public class RequirementsRequest {

    @NotNull
    @Size(max = 100)
    public List<@NotNull @Valid RequirementInput> requirements;

    /** One requirement as the owner writes it; {@code years} is optional ("N years of"). */
    public static class RequirementInput {

        @NotBlank
        @Size(max = 500)
        public String text;

        @NotNull
        public Boolean mustHave;

        @Min(1)
        @Max(50)
        public Integer years;
    }
}
