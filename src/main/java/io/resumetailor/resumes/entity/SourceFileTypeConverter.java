package io.resumetailor.resumes.entity;

import io.resumetailor.platform.control.PgEnumConverter;
import jakarta.persistence.Converter;

@Converter
public class SourceFileTypeConverter extends PgEnumConverter<SourceFileType> {

    public SourceFileTypeConverter() {
        super(SourceFileType.class, "source_file_type");
    }
}
