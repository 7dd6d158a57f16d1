package io.resumetailor.users.entity;

import io.resumetailor.platform.entity.PgObjects;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link Role} as the PostgreSQL enum {@code role}. */
@Converter
public class RoleConverter implements AttributeConverter<Role, Object> {

    @Override
    public Object convertToDatabaseColumn(Role attribute) {
        return PgObjects.enumLabel("role", attribute);
    }

    @Override
    public Role convertToEntityAttribute(Object dbData) {
        return PgObjects.enumConstant(Role.class, dbData);
    }
}
