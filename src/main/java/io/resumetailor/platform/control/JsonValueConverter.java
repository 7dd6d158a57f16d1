package io.resumetailor.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import org.postgresql.util.PGobject;

/** An untyped {@code jsonb} column as a JSON-P value (used by the system config store). */
@Converter
public class JsonValueConverter implements AttributeConverter<JsonValue, Object> {

    @Override
    public Object convertToDatabaseColumn(JsonValue attribute) {
        return attribute == null ? null : JsonbColumnConverter.jsonb(attribute.toString());
    }

    @Override
    public JsonValue convertToEntityAttribute(Object dbData) {
        if (dbData == null) {
            return null;
        }
        String json = dbData instanceof PGobject object ? object.getValue() : dbData.toString();
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
