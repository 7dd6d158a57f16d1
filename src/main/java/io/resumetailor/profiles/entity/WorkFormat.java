package io.resumetailor.profiles.entity;

import io.resumetailor.platform.entity.PgEnum;

/** The PostgreSQL enum {@code work_format}. */
public enum WorkFormat implements PgEnum {
    REMOTE("remote"),
    HYBRID("hybrid"),
    ONSITE("onsite");

    private final String label;

    WorkFormat(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static WorkFormat fromLabel(String label) {
        return PgEnum.fromLabel(WorkFormat.class, label);
    }
}
