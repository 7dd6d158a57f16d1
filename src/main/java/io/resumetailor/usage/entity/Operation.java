package io.resumetailor.usage.entity;

import io.resumetailor.platform.entity.PgEnum;

/** A metered operation; the PostgreSQL enum {@code operation}. */
public enum Operation implements PgEnum {
    PARSE("parse"),
    GENERATE("generate"),
    EXPORT("export");

    private final String label;

    Operation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Operation fromLabel(String label) {
        return PgEnum.fromLabel(Operation.class, label);
    }
}
