package io.resumetailor.usage.entity;

import io.resumetailor.platform.entity.PgEnum;

/** Whose LLM key paid for an operation: the operator's (platform) or the user's own (BYOK); the PostgreSQL enum {@code provider_type}. */
public enum ProviderType implements PgEnum {
    PLATFORM("platform"),
    BYOK("byok");

    private final String label;

    ProviderType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static ProviderType fromLabel(String label) {
        return PgEnum.fromLabel(ProviderType.class, label);
    }
}
