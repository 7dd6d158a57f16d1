package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link SourceFileType} as the PostgreSQL enum {@code source_file_type}. */
@Converter
public class SourceFileTypeConverter implements AttributeConverter<SourceFileType, Object> {

    @Override
    public Object convertToDatabaseColumn(SourceFileType attribute) {
        return PgObjects.enumLabel("source_file_type", attribute);
    }

    @Override
    public SourceFileType convertToEntityAttribute(Object dbData) {
        return PgObjects.enumConstant(SourceFileType.class, dbData);
    }
}
