package io.resumetailor.export.entity;

import io.resumetailor.problems.entity.ProblemException;

/** The document formats a resume can be exported in. */
public enum ExportFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat of(String format) {
        for (ExportFormat candidate : values()) {
            if (candidate.extension.equals(format)) {
                return candidate;
            }
        }
        throw ProblemException.invalidField("format", "must be pdf, docx or json");
    }
}
