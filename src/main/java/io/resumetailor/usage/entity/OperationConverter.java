package io.resumetailor.usage.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link Operation} as the PostgreSQL enum {@code operation}. */
@Converter
public class OperationConverter implements AttributeConverter<Operation, Object> {

    @Override
    public Object convertToDatabaseColumn(Operation attribute) {
        return PgObjects.enumLabel("operation", attribute);
    }

    @Override
    public Operation convertToEntityAttribute(Object dbData) {
        return PgObjects.enumConstant(Operation.class, dbData);
    }
}
