package io.resumetailor.platform.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import org.postgresql.util.PGobject;

/** An untyped {@code jsonb} column as a JSON-P value (used by the system config store). */
@Converter
public class JsonValueConverter implements AttributeConverter<JsonValue, PGobject> {

    @Override
    public PGobject convertToDatabaseColumn(JsonValue attribute) {
        return attribute == null ? null : PgObjects.typed("jsonb", attribute.toString());
    }

    @Override
    public JsonValue convertToEntityAttribute(PGobject dbData) {
        if (dbData == null) {
            return null;
        }
        String json = dbData.getValue();
        if (json == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
