package io.resumetailor.it;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.devserver.PemKeys;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The configuration the integration-test server runs with: test keys, a local Google, a super admin. */
final class TestConfig {

    static final String SUPER_ADMIN_EMAIL = "root@example.com";
    static final String ISSUER = "resume-tailor";
    static final String AUDIENCE = "resume-tailor-api";
    static final int CLOCK_SKEW_SECONDS = 30;
    static final int SLOW_BODY_DEADLINE_SECONDS = 3;

    private TestConfig() {
    }

    static Path keys() {
        return EmbeddedStack.projectDir().resolve("target/it/keys");
    }

    static Map<String, String> properties(Path work) throws Exception {
        PemKeys.ensure(keys());
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("auth.dev.enabled", "true");
        properties.put("auth.token.signing-key.location", PemKeys.privateKey(keys()).toString());
        properties.put("mp.jwt.verify.publickey.location", PemKeys.publicKey(keys()).toUri().toString());
        properties.put("mp.jwt.verify.clock.skew", Integer.toString(CLOCK_SKEW_SECONDS));
        properties.put("auth.super-admin-emails", SUPER_ADMIN_EMAIL + ",second-root@example.com");
        properties.put("auth.google.client-ids", FakeGoogle.CLIENT_ID + ",another-client.apps.googleusercontent.com");
        properties.put("auth.google.jwks-uri", FakeGoogle.instance().jwksUri());
        properties.put("web.google.identity-origin", FakeGoogle.instance().origin());
        properties.put("llm.openai.base-url", FakeOpenAi.instance().baseUrl());
        properties.put("llm.max-attempts", "2");
        properties.put("llm.gemini.base-url", FakeGemini.instance().baseUrl());
        properties.put("llm.gemini.api-key", FakeGemini.PLATFORM_KEY);
        // short enough for SlowBodiesIT to see trickled bodies end; test bodies arrive in milliseconds
        properties.put("http.body.read-timeout-seconds", Integer.toString(SLOW_BODY_DEADLINE_SECONDS));
        return properties;
    }
}
