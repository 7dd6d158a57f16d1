package io.resumetailor.settings.boundary;

import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.settings.entity.SystemConfig;
import io.resumetailor.settings.entity.SystemConfigKey;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The system config store, typed and cached. A value read here is at most
 * {@link #MAX_AGE_NANOS} old: a change made on another instance is seen within a second,
 * and a change made through this instance at once (its cache is dropped on update).
 * Reading five small rows once a second per instance costs nothing measurable; a missing
 * row reads as its seed default.
 */
@Singleton
@Lock(LockType.READ)
public class SystemSettings {

    static final long MAX_AGE_NANOS = 1_000_000_000L;

    @PersistenceContext
    EntityManager em;

    private volatile Snapshot snapshot;

    record Snapshot(Map<SystemConfigKey, JsonValue> values, long loadedAt) {
    }

    public JsonValue value(SystemConfigKey key) {
        return current().values().getOrDefault(key, key.defaultValue());
    }

    public boolean platformLlmEnabled() {
        return SystemConfigKey.asBoolean(value(SystemConfigKey.PLATFORM_LLM_ENABLED));
    }

    public boolean byokEnabled() {
        return SystemConfigKey.asBoolean(value(SystemConfigKey.BYOK_ENABLED));
    }

    /** {@code openai} or {@code gemini_flash}. */
    public String platformProvider() {
        return SystemConfigKey.asString(value(SystemConfigKey.PLATFORM_PROVIDER));
    }

    public BigDecimal budgetCap() {
        return SystemConfigKey.asDecimal(value(SystemConfigKey.GLOBAL_BUDGET_CAP));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<SystemConfig> all() {
        return em.createQuery("SELECT c FROM SystemConfig c ORDER BY c.key", SystemConfig.class).getResultList();
    }

    /** Validates and stores a value; the next read on this instance sees it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public SystemConfig update(String key, JsonValue value) {
        SystemConfigKey typed = SystemConfigKey.of(key).orElseThrow(() -> ProblemException.notFound("setting"));
        typed.violation(value).ifPresent(message -> {
            throw ProblemException.invalidField("value", message);
        });
        SystemConfig config = em.find(SystemConfig.class, key);
        if (config == null) {
            config = new SystemConfig(key, value);
            em.persist(config);
        } else {
            config.setValue(value);
        }
        em.flush();
        snapshot = null;
        return config;
    }

    /** Drops the cache; the budget calls this after changing {@code global_budget_used} in SQL. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot cached = snapshot;
        if (cached != null && System.nanoTime() - cached.loadedAt() < MAX_AGE_NANOS) {
            return cached;
        }
        Map<SystemConfigKey, JsonValue> values = new EnumMap<>(SystemConfigKey.class);
        for (SystemConfig config : all()) {
            SystemConfigKey.of(config.getKey()).ifPresent(key -> values.put(key, config.getValue()));
        }
        Snapshot fresh = new Snapshot(values, System.nanoTime());
        snapshot = fresh;
        return fresh;
    }
}
