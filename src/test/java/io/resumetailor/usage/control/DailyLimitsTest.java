package io.resumetailor.usage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.usage.entity.Operation;
import io.resumetailor.usage.entity.ProviderType;
import io.resumetailor.users.entity.Role;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DailyLimitsTest {

    static OptionalInt limit(Map<String, Integer> config, Role role, Operation operation, ProviderType type) {
        return DailyLimits.limit(key -> Optional.ofNullable(config.get(key)), role, operation, type);
    }

    @Test
    void publicDefaultsMatchTheDocumentedTable() {
        Map<String, Integer> none = Map.of();
        assertEquals(OptionalInt.of(10), limit(none, Role.PUBLIC, Operation.PARSE, ProviderType.PLATFORM));
        assertEquals(OptionalInt.of(5), limit(none, Role.PUBLIC, Operation.GENERATE, ProviderType.PLATFORM));
        assertEquals(OptionalInt.of(30), limit(none, Role.PUBLIC, Operation.EXPORT, ProviderType.PLATFORM));
        assertEquals(OptionalInt.of(50), limit(none, Role.PUBLIC, Operation.PARSE, ProviderType.BYOK));
        assertEquals(OptionalInt.of(50), limit(none, Role.PUBLIC, Operation.GENERATE, ProviderType.BYOK));
        assertEquals(OptionalInt.of(100), limit(none, Role.PUBLIC, Operation.EXPORT, ProviderType.BYOK));
    }

    @Test
    void friendsGetMoreThanThePublic() {
        for (Operation operation : Operation.values()) {
            for (ProviderType type : ProviderType.values()) {
                int friend = limit(Map.of(), Role.FRIEND, operation, type).getAsInt();
                int everyone = limit(Map.of(), Role.PUBLIC, operation, type).getAsInt();
                assertEquals(true, friend > everyone, operation + "/" + type + ": " + friend + " vs " + everyone);
            }
        }
        assertEquals(OptionalInt.of(20), limit(Map.of(), Role.FRIEND, Operation.GENERATE, ProviderType.PLATFORM));
    }

    @Test
    void superAdminsAreUnlimitedUnlessConfigured() {
        assertEquals(OptionalInt.empty(), limit(Map.of(), Role.SUPER_ADMIN, Operation.GENERATE, ProviderType.PLATFORM));
        assertEquals(OptionalInt.of(3), limit(Map.of("limits.super_admin.generate.platform", 3),
                Role.SUPER_ADMIN, Operation.GENERATE, ProviderType.PLATFORM));
    }

    @Test
    void configOverridesOneLimitOnly() {
        Map<String, Integer> config = Map.of("limits.public.generate.platform", 8);
        assertEquals(OptionalInt.of(8), limit(config, Role.PUBLIC, Operation.GENERATE, ProviderType.PLATFORM));
        assertEquals(OptionalInt.of(50), limit(config, Role.PUBLIC, Operation.GENERATE, ProviderType.BYOK));
        assertEquals(OptionalInt.of(10), limit(config, Role.PUBLIC, Operation.PARSE, ProviderType.PLATFORM));
    }

    @Test
    void negativeMeansUnlimitedAndZeroMeansNone() {
        assertEquals(OptionalInt.empty(), limit(Map.of("limits.public.parse.byok", -1), Role.PUBLIC, Operation.PARSE, ProviderType.BYOK));
        assertEquals(OptionalInt.of(0), limit(Map.of("limits.public.parse.byok", 0), Role.PUBLIC, Operation.PARSE, ProviderType.BYOK));
    }

    @Test
    void keysNameRoleOperationAndKeyTypeAsTheyAreSpelledInTheDatabase() {
        assertEquals("limits.super_admin.export.byok", DailyLimits.key(Role.SUPER_ADMIN, Operation.EXPORT, ProviderType.BYOK));
        assertEquals("limits.public.parse.platform", DailyLimits.key(Role.PUBLIC, Operation.PARSE, ProviderType.PLATFORM));
    }
}
