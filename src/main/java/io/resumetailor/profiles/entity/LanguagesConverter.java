package io.resumetailor.profiles.entity;

import io.resumetailor.platform.control.JsonbColumnConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

@Converter
public class LanguagesConverter extends JsonbColumnConverter<List<LanguageEntry>> {

    public LanguagesConverter() {
        super(new ArrayList<LanguageEntry>() { }.getClass().getGenericSuperclass());
    }
}
