package io.resumetailor.resumes.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import org.postgresql.util.PGobject;

/** The resume content as a {@code jsonb} column. */
@Converter
public class ResumeContentConverter implements AttributeConverter<ResumeContent, PGobject> {

    private static final Type TYPE = ResumeContent.class;

    @Override
    public PGobject convertToDatabaseColumn(ResumeContent attribute) {
        return PgObjects.toJsonb(attribute, TYPE);
    }

    @Override
    public ResumeContent convertToEntityAttribute(PGobject dbData) {
        return PgObjects.fromJsonb(dbData, TYPE);
    }
}
