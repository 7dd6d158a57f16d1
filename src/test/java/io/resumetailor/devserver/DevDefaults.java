package io.resumetailor.devserver;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Configuration the embedded run adds: development sign-in on, and a token signing key
 * generated on first start and kept in {@code .data/jwt}. A setting the user made in the
 * environment wins: system properties outrank environment variables in MicroProfile
 * Config, so a key is only passed when its environment variable is not set.
 */
final class DevDefaults {

    private DevDefaults() {
    }

    static Map<String, String> properties(Path data) throws Exception {
        Path keys = data.resolve("jwt");
        PemKeys.ensure(keys);
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("auth.dev.enabled", "true");
        defaults.put("auth.token.signing-key.location", PemKeys.privateKey(keys).toString());
        defaults.put("mp.jwt.verify.publickey.location", PemKeys.publicKey(keys).toUri().toString());
        Map<String, String> properties = new LinkedHashMap<>();
        defaults.forEach((key, value) -> {
            if (System.getenv(envName(key)) == null) {
                properties.put(key, value);
            }
        });
        return properties;
    }

    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
