package io.resumetailor.platform.control;

import jakarta.persistence.AttributeConverter;
import java.sql.SQLException;
import org.postgresql.util.PGobject;

/**
 * Writes an enum as a typed {@link PGobject} so PostgreSQL accepts it for a column of
 * its enum type without {@code stringtype=unspecified}; reads either form back.
 */
public abstract class PgEnumConverter<E extends Enum<E> & PgEnum> implements AttributeConverter<E, Object> {

    private final Class<E> type;
    private final String pgType;

    protected PgEnumConverter(Class<E> type, String pgType) {
        this.type = type;
        this.pgType = pgType;
    }

    @Override
    public Object convertToDatabaseColumn(E attribute) {
        if (attribute == null) {
            return null;
        }
        try {
            var object = new PGobject();
            object.setType(pgType);
            object.setValue(attribute.label());
            return object;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public E convertToEntityAttribute(Object dbData) {
        if (dbData == null) {
            return null;
        }
        String label = dbData instanceof PGobject object ? object.getValue() : dbData.toString();
        return PgEnum.fromLabel(type, label);
    }
}
