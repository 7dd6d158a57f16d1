package io.resumetailor.resumes.entity;

import io.resumetailor.platform.control.UtcClock;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;

/** A base resume: the user's own, truthful account that every tailored version is checked against. */
@Entity
@Table(name = "resumes")
@NamedQuery(name = Resume.BY_USER, query = "SELECT r FROM Resume r WHERE r.userId = :userId ORDER BY r.createdAt DESC, r.id")
public class Resume {

    public static final String BY_USER = "Resume.byUser";

    @Id
    private UUID id;

    @NotNull
    @Column(name = "user_id")
    private UUID userId;

    @NotBlank
    @Size(max = 255)
    private String title;

    @NotNull
    @Valid
    @Convert(converter = ResumeContentConverter.class)
    private ResumeContent content;

    @NotBlank
    @Size(max = 255)
    @Column(name = "source_file_name")
    private String sourceFileName;

    @NotNull
    @Convert(converter = SourceFileTypeConverter.class)
    @Column(name = "source_file_type")
    private SourceFileType sourceFileType;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected Resume() {
    }

    public Resume(UUID userId, String title, ResumeContent content, String sourceFileName, SourceFileType sourceFileType) {
        this.userId = userId;
        this.title = title;
        this.content = content;
        this.sourceFileName = sourceFileName;
        this.sourceFileType = sourceFileType;
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

    public void revise(String title, ResumeContent content) {
        this.title = title;
        this.content = content;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getTitle() {
        return title;
    }

    public ResumeContent getContent() {
        return content;
    }

    public String getSourceFileName() {
        return sourceFileName;
    }

    public SourceFileType getSourceFileType() {
        return sourceFileType;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Resume resume && id != null && id.equals(resume.id);
    }

    @Override
    public int hashCode() {
        return Resume.class.hashCode();
    }
}
