package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A base resume: the user's own, truthful account that every tailored version is checked against. */
@Entity
@Table(name = "resumes")
public class Resume extends Timestamped {


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

    protected Resume() {
    }

    public Resume(UUID userId, String title, ResumeContent content, String sourceFileName, SourceFileType sourceFileType) {
        this.userId = userId;
        this.title = title;
        this.content = content;
        this.sourceFileName = sourceFileName;
        this.sourceFileType = sourceFileType;
    }

    public void revise(String title, ResumeContent content) {
        this.title = title;
        this.content = content;
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
}
