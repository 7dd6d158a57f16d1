package io.resumetailor.settings.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemConfigKeyTest {

    @Test
    void defaultsAreTheSeeds() {
        assertEquals(JsonValue.TRUE, SystemConfigKey.PLATFORM_LLM_ENABLED.defaultValue());
        assertEquals(JsonValue.TRUE, SystemConfigKey.BYOK_ENABLED.defaultValue());
        assertEquals("openai", SystemConfigKey.asString(SystemConfigKey.PLATFORM_PROVIDER.defaultValue()));
        assertEquals(0, new BigDecimal(100).compareTo(SystemConfigKey.asDecimal(SystemConfigKey.GLOBAL_BUDGET_CAP.defaultValue())));
        assertEquals(0, BigDecimal.ZERO.compareTo(SystemConfigKey.asDecimal(SystemConfigKey.GLOBAL_BUDGET_USED.defaultValue())));
    }

    @Test
    void everyDefaultSatisfiesItsOwnRule() {
        for (SystemConfigKey key : SystemConfigKey.values()) {
            assertEquals(Optional.empty(), key.violation(key.defaultValue()), key.key());
        }
    }

    @Test
    void keysAreTheSeeds() {
        assertEquals(List.of("platform_llm_enabled", "byok_enabled", "platform_provider", "global_budget_cap",
                "global_budget_used"), Arrays.stream(SystemConfigKey.values()).map(SystemConfigKey::key).toList());
        assertTrue(SystemConfigKey.of("byok_enabled").isPresent());
        assertFalse(SystemConfigKey.of("nope").isPresent());
    }

    @Test
    void enforcesTypedValues() {
        assertTrue(SystemConfigKey.PLATFORM_LLM_ENABLED.violation(Json.createValue("true")).isPresent());
        assertTrue(SystemConfigKey.PLATFORM_PROVIDER.violation(Json.createValue("anthropic")).isPresent());
        assertFalse(SystemConfigKey.PLATFORM_PROVIDER.violation(Json.createValue("gemini_flash")).isPresent());
        assertTrue(SystemConfigKey.GLOBAL_BUDGET_CAP.violation(Json.createValue(0)).isPresent());
        assertTrue(SystemConfigKey.GLOBAL_BUDGET_CAP.violation(Json.createValue(-5)).isPresent());
        assertFalse(SystemConfigKey.GLOBAL_BUDGET_CAP.violation(Json.createValue(0.5)).isPresent());
        assertTrue(SystemConfigKey.GLOBAL_BUDGET_USED.violation(Json.createValue(-0.01)).isPresent());
        assertFalse(SystemConfigKey.GLOBAL_BUDGET_USED.violation(Json.createValue(0)).isPresent());
        assertTrue(SystemConfigKey.GLOBAL_BUDGET_USED.violation(JsonValue.NULL).isPresent());
    }
}
