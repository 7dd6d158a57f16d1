package io.resumetailor.users.entity;

import io.resumetailor.platform.control.PgEnumConverter;
import jakarta.persistence.Converter;

@Converter
public class RoleConverter extends PgEnumConverter<Role> {

    public RoleConverter() {
        super(Role.class, "role");
    }
}
