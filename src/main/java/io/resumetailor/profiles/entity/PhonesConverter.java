package io.resumetailor.profiles.entity;

import io.resumetailor.platform.control.JsonbColumnConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

@Converter
public class PhonesConverter extends JsonbColumnConverter<List<PhoneEntry>> {

    public PhonesConverter() {
        super(new ArrayList<PhoneEntry>() { }.getClass().getGenericSuperclass());
    }
}
