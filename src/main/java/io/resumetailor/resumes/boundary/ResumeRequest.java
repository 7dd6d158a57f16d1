package io.resumetailor.resumes.boundary;

import io.resumetailor.resumes.entity.ResumeContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A resume written as structured content ({@code POST} creates, {@code PUT} replaces
 * title and content). The source file fields only apply on create, for a client that
 * parsed a file itself; the schema requires both, so a resume entered by hand is recorded
 * as {@value #MANUAL_FILE_NAME} of type {@code docx}.
 */
public class ResumeRequest {

    public static final String MANUAL_FILE_NAME = "entered-manually";

    @NotBlank
    @Size(max = 255)
    public String title;

    @NotNull
    @Valid
    public ResumeContent content;

    @Size(min = 1, max = 255)
    public String sourceFileName;

    @Pattern(regexp = "docx|pdf", message = "must be docx or pdf")
    public String sourceFileType;
}
