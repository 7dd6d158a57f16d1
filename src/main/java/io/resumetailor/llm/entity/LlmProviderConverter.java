package io.resumetailor.llm.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link LlmProvider} as the PostgreSQL enum {@code llm_provider}. */
@Converter
public class LlmProviderConverter implements AttributeConverter<LlmProvider, Object> {

    @Override
    public Object convertToDatabaseColumn(LlmProvider attribute) {
        return PgObjects.enumLabel("llm_provider", attribute);
    }

    @Override
    public LlmProvider convertToEntityAttribute(Object dbData) {
        return PgObjects.enumConstant(LlmProvider.class, dbData);
    }
}
