package io.resumetailor.settings.boundary;

import io.resumetailor.platform.entity.UtcClock;
import io.resumetailor.settings.entity.SystemConfig;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;

/** One system setting: its key, its JSON value, and when it last changed. */
public record SettingView(String key, JsonValue value, OffsetDateTime updatedAt) {

    public static SettingView of(SystemConfig config) {
        return new SettingView(config.getKey(), config.getValue(), UtcClock.toOffset(config.getUpdatedAt()));
    }
}
