package io.resumetailor.settings.entity;

import io.resumetailor.platform.entity.JsonValueConverter;
import io.resumetailor.platform.entity.UtcClock;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** One entry of the system-wide key-value store; see {@link SystemConfigKey} for keys and value rules. */
@Entity
@Table(name = "system_configs")
public class SystemConfig {

    @Id
    @NotBlank
    @Size(max = 100)
    private String key;

    @NotNull
    @Convert(converter = JsonValueConverter.class)
    private JsonValue value;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected SystemConfig() {
    }

    public SystemConfig(String key, JsonValue value) {
        this.key = key;
        this.value = value;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = UtcClock.now();
    }

    public String getKey() {
        return key;
    }

    public JsonValue getValue() {
        return value;
    }

    public void setValue(JsonValue value) {
        this.value = value;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SystemConfig config && key != null && key.equals(config.key);
    }

    @Override
    public int hashCode() {
        return SystemConfig.class.hashCode();
    }
}
