package io.resumetailor.settings.entity;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of the system config store, each with its value rule and default: the seed's
 * {@code SystemConfigKeySchema}, {@code SystemConfigValues} and {@code SystemConfigDefaults}.
 */
public enum SystemConfigKey {
    PLATFORM_LLM_ENABLED("platform_llm_enabled", JsonValue.TRUE) {
        @Override
        public Optional<String> violation(JsonValue value) {
            return isBoolean(value) ? Optional.empty() : Optional.of("must be a boolean");
        }
    },
    BYOK_ENABLED("byok_enabled", JsonValue.TRUE) {
        @Override
        public Optional<String> violation(JsonValue value) {
            return isBoolean(value) ? Optional.empty() : Optional.of("must be a boolean");
        }
    },
    PLATFORM_PROVIDER("platform_provider", Json.createValue("openai")) {
        @Override
        public Optional<String> violation(JsonValue value) {
            return value instanceof JsonString text && PLATFORM_PROVIDERS.contains(text.getString())
                    ? Optional.empty() : Optional.of("must be one of " + PLATFORM_PROVIDERS);
        }
    },
    GLOBAL_BUDGET_CAP("global_budget_cap", Json.createValue(100)) {
        @Override
        public Optional<String> violation(JsonValue value) {
            return value instanceof JsonNumber number && number.bigDecimalValue().signum() > 0
                    && number.bigDecimalValue().compareTo(MAX_AMOUNT) <= 0
                    ? Optional.empty() : Optional.of("must be a positive number up to " + MAX_AMOUNT.toPlainString());
        }
    },
    GLOBAL_BUDGET_USED("global_budget_used", Json.createValue(0)) {
        @Override
        public Optional<String> violation(JsonValue value) {
            return value instanceof JsonNumber number && number.bigDecimalValue().signum() >= 0
                    && number.bigDecimalValue().compareTo(MAX_AMOUNT) <= 0
                    ? Optional.empty() : Optional.of("must be a number from 0 to " + MAX_AMOUNT.toPlainString());
        }
    };

    /** The largest amount of money (USD) a budget setting may hold: far above any budget, far below overflow. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    /** The seed's {@code PlatformProviderSchema}. */
    public static final Set<String> PLATFORM_PROVIDERS = Set.of("openai", "gemini_flash");

    private final String key;
    private final JsonValue defaultValue;

    SystemConfigKey(String key, JsonValue defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    /** Why {@code value} is not acceptable for this key, or empty when it is. */
    public abstract Optional<String> violation(JsonValue value);

    public String key() {
        return key;
    }

    public JsonValue defaultValue() {
        return defaultValue;
    }

    public static Optional<SystemConfigKey> of(String key) {
        for (SystemConfigKey candidate : values()) {
            if (candidate.key.equals(key)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static boolean asBoolean(JsonValue value) {
        return value == JsonValue.TRUE || JsonValue.TRUE.equals(value);
    }

    public static BigDecimal asDecimal(JsonValue value) {
        return ((JsonNumber) value).bigDecimalValue();
    }

    public static String asString(JsonValue value) {
        return ((JsonString) value).getString();
    }

    private static boolean isBoolean(JsonValue value) {
        return value != null && (value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.FALSE);
    }
}
