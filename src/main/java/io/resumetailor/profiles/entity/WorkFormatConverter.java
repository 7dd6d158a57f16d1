package io.resumetailor.profiles.entity;

import io.resumetailor.platform.control.PgEnumConverter;
import jakarta.persistence.Converter;

@Converter
public class WorkFormatConverter extends PgEnumConverter<WorkFormat> {

    public WorkFormatConverter() {
        super(WorkFormat.class, "work_format");
    }
}
