package io.resumetailor.usage.entity;

import io.resumetailor.platform.control.PgEnumConverter;
import jakarta.persistence.Converter;

@Converter
public class ProviderTypeConverter extends PgEnumConverter<ProviderType> {

    public ProviderTypeConverter() {
        super(ProviderType.class, "provider_type");
    }
}
