package io.resumetailor.llm.entity;

import io.resumetailor.platform.control.PgEnumConverter;
import jakarta.persistence.Converter;

@Converter
public class LlmProviderConverter extends PgEnumConverter<LlmProvider> {

    public LlmProviderConverter() {
        super(LlmProvider.class, "llm_provider");
    }
}
