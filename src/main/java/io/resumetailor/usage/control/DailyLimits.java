package io.resumetailor.usage.control;

import io.resumetailor.usage.entity.Operation;
import io.resumetailor.usage.entity.ProviderType;
import io.resumetailor.users.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How many of each operation a role may run per UTC day, separately for the platform's
 * key and the user's own (BYOK). Configured as {@code limits.<role>.<operation>.<platform|byok>}
 * (a negative value means unlimited); super admins are unlimited unless configured.
 */
@ApplicationScoped
public class DailyLimits {

    /** Defaults per role: parse, generate, export for platform; then the same for BYOK. */
    static final Map<Role, int[]> DEFAULTS = Map.of(
            Role.PUBLIC, new int[]{10, 5, 30, 50, 50, 100},
            Role.FRIEND, new int[]{30, 20, 100, 200, 200, 300},
            Role.SUPER_ADMIN, new int[]{-1, -1, -1, -1, -1, -1});

    public OptionalInt limit(Role role, Operation operation, ProviderType type) {
        Config config = ConfigProvider.getConfig();
        return limit(key -> config.getOptionalValue(key, Integer.class), role, operation, type);
    }

    /** The limit from {@code configured} (a config lookup by key), or the role's default. */
    static OptionalInt limit(Function<String, Optional<Integer>> configured, Role role, Operation operation, ProviderType type) {
        int fallback = DEFAULTS.get(role)[operation.ordinal() + (type == ProviderType.BYOK ? 3 : 0)];
        int value = configured.apply(key(role, operation, type)).orElse(fallback);
        return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    public static String key(Role role, Operation operation, ProviderType type) {
        return "limits." + role.label() + "." + operation.label() + "." + type.label();
    }
}
