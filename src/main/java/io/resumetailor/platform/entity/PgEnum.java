package io.resumetailor.platform.entity;

/** A Java enum backed by a PostgreSQL enum type: each constant knows its label there. */
public interface PgEnum {

    /** The label in the PostgreSQL enum type, also the value on the wire. */
    String label();

    static <E extends Enum<E> & PgEnum> E fromLabel(Class<E> type, String label) {
        for (E constant : type.getEnumConstants()) {
            if (constant.label().equals(label)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + label);
    }
}
