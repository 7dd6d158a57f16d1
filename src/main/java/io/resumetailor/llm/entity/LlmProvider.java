package io.resumetailor.llm.entity;

import io.resumetailor.platform.entity.PgEnum;

/** The PostgreSQL enum {@code llm_provider}: the providers a user can bring a key for. */
public enum LlmProvider implements PgEnum {
    OPENAI("openai"),
    GEMINI("gemini");

    private final String label;

    LlmProvider(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static LlmProvider fromLabel(String label) {
        return PgEnum.fromLabel(LlmProvider.class, label);
    }
}
