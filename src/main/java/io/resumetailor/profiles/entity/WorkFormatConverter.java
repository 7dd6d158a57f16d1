package io.resumetailor.profiles.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link WorkFormat} as the PostgreSQL enum {@code work_format}. */
@Converter
public class WorkFormatConverter implements AttributeConverter<WorkFormat, Object> {

    @Override
    public Object convertToDatabaseColumn(WorkFormat attribute) {
        return PgObjects.enumLabel("work_format", attribute);
    }

    @Override
    public WorkFormat convertToEntityAttribute(Object dbData) {
        return PgObjects.enumConstant(WorkFormat.class, dbData);
    }
}
