package io.resumetailor.tailoring.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.sql.SQLException;
import org.postgresql.util.PGobject;

/**
 * The report as a {@code jsonb} column. Reports stored before scores were explained by
 * requirements (issue 16) carry keyword explanations that no longer fit: they are read
 * without them; the scores themselves are columns of the generation and stay. Their guard
 * warnings were plain sentences: they are read as warnings without a place.
 */
@Converter
public class TailoringReportConverter implements AttributeConverter<TailoringReport, PGobject> {

    @Override
    public PGobject convertToDatabaseColumn(TailoringReport attribute) {
        return PgObjects.toJsonb(attribute, TailoringReport.class);
    }

    @Override
    public TailoringReport convertToEntityAttribute(PGobject dbData) {
        try {
            return PgObjects.fromJsonb(dbData, TailoringReport.class);
        } catch (JsonbException | IllegalArgumentException oldShape) {
            JsonObject stored = Json.createReader(new StringReader(dbData.getValue())).readObject();
            JsonArrayBuilder warnings = Json.createArrayBuilder();
            for (JsonValue warning : stored.getJsonArray("warnings") == null ? JsonValue.EMPTY_JSON_ARRAY : stored.getJsonArray("warnings")) {
                warnings.add(warning instanceof JsonString sentence
                        ? Json.createObjectBuilder().add("message", sentence.getString()).build() : warning);
            }
            JsonObject withoutExplanations = Json.createObjectBuilder(stored).remove("before").remove("after")
                    .add("warnings", warnings).build();
            PGobject trimmed = new PGobject();
            try {
                trimmed.setType("jsonb");
                trimmed.setValue(withoutExplanations.toString());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return PgObjects.fromJsonb(trimmed, TailoringReport.class);
        }
    }
}
