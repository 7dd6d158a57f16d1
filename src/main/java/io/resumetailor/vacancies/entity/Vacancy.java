package io.resumetailor.vacancies.entity;

import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.platform.entity.Timestamped;
import io.resumetailor.platform.entity.HttpUrl;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A job the user wants to apply to. Its description is data to match against, never
 * instructions. It keeps its requirements (changeset 004): extracted from the text until
 * the owner edits them, then the owner's until the owner resets them.
 */
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

    @Convert(converter = RequirementsConverter.class)
    private List<Requirement> requirements;

    @Column(name = "requirements_edited")
    private boolean requirementsEdited;

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

    /** The requirements read from the text, unless the owner's edit stands. */
    public void extracted(List<Requirement> fromText) {
        if (!requirementsEdited) {
            this.requirements = List.copyOf(fromText);
        }
    }

    /** The owner's list replaces the extracted one and stays when the description changes. */
    public void edited(List<Requirement> byOwner) {
        this.requirements = List.copyOf(byOwner);
        this.requirementsEdited = true;
    }

    /** The list with a model's proposals added; an owner's edit stays one (the proposals are part of it now). */
    public void proposed(List<Requirement> withProposals) {
        if (!withProposals.equals(requirements)) {
            this.requirements = List.copyOf(withProposals);
        }
    }

    /** Back to the requirements read from the text. */
    public void resetRequirements(List<Requirement> fromText) {
        this.requirementsEdited = false;
        extracted(fromText);
    }

    /** The stored requirements; null for a vacancy stored before requirements were kept and not changed since. */
    public List<Requirement> getRequirements() {
        return requirements;
    }

    public boolean isRequirementsEdited() {
        return requirementsEdited;
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
