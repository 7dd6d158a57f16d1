package io.resumetailor.platform.entity;

import io.resumetailor.platform.entity.PgEnum;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.lang.reflect.Type;
import java.sql.SQLException;
import org.postgresql.util.PGobject;

/**
 * Values for PostgreSQL enum and {@code jsonb} columns. They travel as typed
 * {@link PGobject}s, so PostgreSQL accepts them without {@code stringtype=unspecified}.
 *
 * <p>Every JPA converter implements {@code AttributeConverter<X, PGobject>} itself and
 * delegates here: EclipseLink reads the column type from the converter class's own
 * generic interface, and picks the wrong one when it is inherited from a generic base.
 */
public final class PgObjects {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private PgObjects() {
    }

    public static PGobject enumLabel(String pgType, PgEnum value) {
        return value == null ? null : typed(pgType, value.label());
    }

    /** The driver reads an enum column as a {@code String}; a {@link PGobject} is accepted too. */
    public static <E extends Enum<E> & PgEnum> E enumConstant(Class<E> type, Object value) {
        if (value == null) {
            return null;
        }
        String label = value instanceof PGobject object ? object.getValue() : value.toString();
        return label == null ? null : PgEnum.fromLabel(type, label);
    }

    /**
     * A null value is a {@code jsonb} NULL, not a Java null: given null, EclipseLink binds
     * the parameter as {@code varchar} and PostgreSQL refuses it for a {@code jsonb}
     * column ("column is of type jsonb but expression is of type character varying"),
     * which made every optional JSON column (a profile without phones) a 500.
     */
    public static PGobject toJsonb(Object value, Type type) {
        return typed("jsonb", value == null ? null : JSONB.toJson(value, type));
    }

    public static <T> T fromJsonb(PGobject value, Type type) {
        return value == null || value.getValue() == null ? null : JSONB.fromJson(value.getValue(), type);
    }

    static PGobject typed(String pgType, String value) {
        try {
            var object = new PGobject();
            object.setType(pgType);
            object.setValue(value);
            return object;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
