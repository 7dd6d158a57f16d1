package io.resumetailor.it;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The configuration the integration-test server runs with (test keys, test issuers, limits). */
final class TestConfig {

    private TestConfig() {
    }

    static Map<String, String> properties(Path work) {
        return new LinkedHashMap<>();
    }
}
