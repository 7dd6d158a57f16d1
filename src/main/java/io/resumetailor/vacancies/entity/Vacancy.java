package io.resumetailor.vacancies.entity;

import io.resumetailor.platform.entity.Timestamped;
import io.resumetailor.platform.entity.HttpUrl;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A job the user wants to apply to. Its description is data to match against, never instructions. */
@Entity
@Table(name = "vacancies")
public class Vacancy extends Timestamped {


    @NotNull
    @Column(name = "user_id")
    private UUID userId;

    @NotBlank
    @Size(max = 255)
    private String company;

    @Size(max = 255)
    @Column(name = "job_position")
    private String jobPosition;

    @NotBlank
    private String description;

    @Size(max = 2048)
    @HttpUrl
    private String url;

    private String notes;

    protected Vacancy() {
    }

    public Vacancy(UUID userId) {
        this.userId = userId;
    }

    /** The seed's {@code getVacancyTitle}: "Company (Position)", or just the company. */
    public String displayTitle() {
        return jobPosition == null || jobPosition.isEmpty() ? company : company + " (" + jobPosition + ")";
    }

    public void replace(String company, String jobPosition, String description, String url, String notes) {
        this.company = company;
        this.jobPosition = jobPosition;
        this.description = description;
        this.url = url;
        this.notes = notes;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getCompany() {
        return company;
    }

    public String getJobPosition() {
        return jobPosition;
    }

    public String getDescription() {
        return description;
    }

    public String getUrl() {
        return url;
    }

    public String getNotes() {
        return notes;
    }
}
