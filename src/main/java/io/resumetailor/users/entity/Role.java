package io.resumetailor.users.entity;

import io.resumetailor.platform.entity.PgEnum;

/** The PostgreSQL enum {@code role}; the label is also the JWT {@code groups} entry. */
public enum Role implements PgEnum {
    SUPER_ADMIN("super_admin"),
    FRIEND("friend"),
    PUBLIC("public");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Role fromLabel(String label) {
        return PgEnum.fromLabel(Role.class, label);
    }
}
