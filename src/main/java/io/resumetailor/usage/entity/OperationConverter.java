package io.resumetailor.usage.entity;

import io.resumetailor.platform.control.PgEnumConverter;
import jakarta.persistence.Converter;

@Converter
public class OperationConverter extends PgEnumConverter<Operation> {

    public OperationConverter() {
        super(Operation.class, "operation");
    }
}
