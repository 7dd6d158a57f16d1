package io.resumetailor.admin.boundary;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;

/** A new value for a setting, as JSON: {@code {"value": false}}, {@code {"value": "gemini_flash"}}, {@code {"value": 250}}. */
public class SettingChange {

    @NotNull
    public JsonValue value;
}
