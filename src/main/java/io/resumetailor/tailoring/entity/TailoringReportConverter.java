package io.resumetailor.tailoring.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.postgresql.util.PGobject;

/** The report as a {@code jsonb} column. */
@Converter
public class TailoringReportConverter implements AttributeConverter<TailoringReport, PGobject> {

    @Override
    public PGobject convertToDatabaseColumn(TailoringReport attribute) {
        return PgObjects.toJsonb(attribute, TailoringReport.class);
    }

    @Override
    public TailoringReport convertToEntityAttribute(PGobject dbData) {
        return PgObjects.fromJsonb(dbData, TailoringReport.class);
    }
}
