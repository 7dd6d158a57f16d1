package io.resumetailor.vacancies.entity;

import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.platform.entity.PgObjects;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PGobject;

/** A vacancy's requirements as a {@code jsonb} column. */
@Converter
public class RequirementsConverter implements AttributeConverter<List<Requirement>, PGobject> {

    private static final Type TYPE = new ArrayList<Requirement>() { }.getClass().getGenericSuperclass();

    @Override
    public PGobject convertToDatabaseColumn(List<Requirement> attribute) {
        return PgObjects.toJsonb(attribute, TYPE);
    }

    @Override
    public List<Requirement> convertToEntityAttribute(PGobject dbData) {
        return PgObjects.fromJsonb(dbData, TYPE);
    }
}
