package io.resumetailor.profiles.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PGobject;

/** The phones as a {@code jsonb} column. */
@Converter
public class PhonesConverter implements AttributeConverter<List<PhoneEntry>, PGobject> {

    private static final Type TYPE = new ArrayList<PhoneEntry>() { }.getClass().getGenericSuperclass();

    @Override
    public PGobject convertToDatabaseColumn(List<PhoneEntry> attribute) {
        return PgObjects.toJsonb(attribute, TYPE);
    }

    @Override
    public List<PhoneEntry> convertToEntityAttribute(PGobject dbData) {
        return PgObjects.fromJsonb(dbData, TYPE);
    }
}
