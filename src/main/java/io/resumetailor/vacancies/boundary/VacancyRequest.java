package io.resumetailor.vacancies.boundary;

import io.resumetailor.platform.entity.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a client may set on a vacancy. Everything else ({@code id}, {@code userId},
 * timestamps) is not a field here, so it is ignored when sent.
 */
public class VacancyRequest {

    @NotBlank
    @Size(max = 255)
    public String company;

    @Size(max = 255)
    public String jobPosition;

    @NotBlank
    @Size(max = 100_000)
    public String description;

    @Size(max = 2048)
    @HttpUrl
    public String url;

    @Size(max = 20_000)
    public String notes;
}
