package io.resumetailor.profiles.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PGobject;

/** The languages as a {@code jsonb} column. */
@Converter
public class LanguagesConverter implements AttributeConverter<List<LanguageEntry>, PGobject> {

    private static final Type TYPE = new ArrayList<LanguageEntry>() { }.getClass().getGenericSuperclass();

    @Override
    public PGobject convertToDatabaseColumn(List<LanguageEntry> attribute) {
        return PgObjects.toJsonb(attribute, TYPE);
    }

    @Override
    public List<LanguageEntry> convertToEntityAttribute(PGobject dbData) {
        return PgObjects.fromJsonb(dbData, TYPE);
    }
}
