package io.resumetailor.usage.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link ProviderType} as the PostgreSQL enum {@code provider_type}. */
@Converter
public class ProviderTypeConverter implements AttributeConverter<ProviderType, Object> {

    @Override
    public Object convertToDatabaseColumn(ProviderType attribute) {
        return PgObjects.enumLabel("provider_type", attribute);
    }

    @Override
    public ProviderType convertToEntityAttribute(Object dbData) {
        return PgObjects.enumConstant(ProviderType.class, dbData);
    }
}
