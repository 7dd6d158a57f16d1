package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.PgEnum;

/** The PostgreSQL enum {@code source_file_type}: what a resume was imported from. */
public enum SourceFileType implements PgEnum {
    DOCX("docx"),
    PDF("pdf");

    private final String label;

    SourceFileType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
