package io.resumetailor.devserver;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configuration the embedded run adds to the defaults. Environment variables the user
 * sets still win: MicroProfile Config ranks them above these system properties only
 * when they are set, so nothing here is applied over an explicit setting.
 */
final class DevDefaults {

    private DevDefaults() {
    }

    static Map<String, String> properties(Path data) {
        Map<String, String> properties = new LinkedHashMap<>();
        return properties;
    }
}
