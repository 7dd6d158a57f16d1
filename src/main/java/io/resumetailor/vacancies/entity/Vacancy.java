package io.resumetailor.vacancies.entity;

import io.resumetailor.platform.control.UtcClock;
import io.resumetailor.platform.entity.HttpUrl;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/** A job the user wants to apply to. Its description is data to match against, never instructions. */
@Entity
@Table(name = "vacancies")
@NamedQuery(name = Vacancy.BY_USER, query = "SELECT v FROM Vacancy v WHERE v.userId = :userId ORDER BY v.createdAt DESC, v.id")
public class Vacancy {

    public static final String BY_USER = "Vacancy.byUser";

    @Id
    private UUID id;

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

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected Vacancy() {
    }

    public Vacancy(UUID userId) {
        this.userId = userId;
    }

    @PrePersist
    void onCreate() {
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = UtcClock.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = UtcClock.now();
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

    public UUID getId() {
        return id;
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

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vacancy vacancy && id != null && id.equals(vacancy.id);
    }

    @Override
    public int hashCode() {
        return Vacancy.class.hashCode();
    }
}
