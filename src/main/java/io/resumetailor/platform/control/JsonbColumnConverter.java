package io.resumetailor.platform.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.AttributeConverter;
import java.lang.reflect.Type;
import java.sql.SQLException;
import org.postgresql.util.PGobject;

/**
 * Maps a typed Java value (a record or a list of records) to a {@code jsonb} column via
 * JSON-B. The value is written as a {@link PGobject} of type {@code jsonb}; without that
 * PostgreSQL refuses a character varying for a jsonb column.
 */
public abstract class JsonbColumnConverter<T> implements AttributeConverter<T, Object> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private final Type type;

    protected JsonbColumnConverter(Type type) {
        this.type = type;
    }

    @Override
    public Object convertToDatabaseColumn(T attribute) {
        if (attribute == null) {
            return null;
        }
        return jsonb(JSONB.toJson(attribute, type));
    }

    @Override
    public T convertToEntityAttribute(Object dbData) {
        if (dbData == null) {
            return null;
        }
        String json = dbData instanceof PGobject object ? object.getValue() : dbData.toString();
        return json == null ? null : JSONB.fromJson(json, type);
    }

    static PGobject jsonb(String json) {
        try {
            var object = new PGobject();
            object.setType("jsonb");
            object.setValue(json);
            return object;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
