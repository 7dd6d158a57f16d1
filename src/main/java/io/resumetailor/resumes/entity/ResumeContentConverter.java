package io.resumetailor.resumes.entity;

import io.resumetailor.platform.control.JsonbColumnConverter;
import jakarta.persistence.Converter;

@Converter
public class ResumeContentConverter extends JsonbColumnConverter<ResumeContent> {

    public ResumeContentConverter() {
        super(ResumeContent.class);
    }
}
