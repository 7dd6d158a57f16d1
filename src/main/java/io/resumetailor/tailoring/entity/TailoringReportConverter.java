package io.resumetailor.tailoring.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import org.postgresql.util.PGobject;

/**
 * The report as a {@code jsonb} column. Reports stored before scores were explained by
 * requirements (issue 16) carry keyword explanations that no longer fit: they are read
 * without them; the scores themselves are columns of the generation and stay.
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
            JsonObject withoutExplanations = Json.createObjectBuilder(stored).remove("before").remove("after").build();
            PGobject trimmed = new PGobject();
            try {
                trimmed.setType("jsonb");
                trimmed.setValue(withoutExplanations.toString());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return PgObjects.fromJsonb(trimmed, TailoringReport.class);
        }
    }
}
