package io.resumetailor.llm.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.resumetailor.llm.entity.LlmCredentials;
import io.resumetailor.llm.entity.LlmFailure;
import io.resumetailor.llm.entity.LlmProvider;
import io.resumetailor.llm.entity.LlmRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeminiEngineTest {

    static final String KEY = "AIzaSyTestKey-abc123";
    static final String PATH = "/v1beta/models/gemini-2.0-flash:generateContent";
    static final JsonObject SCHEMA = Json.createObjectBuilder().add("type", "object")
            .add("properties", Json.createObjectBuilder()
                    .add("answer", Json.createObjectBuilder().add("type", "string"))
                    .add("note", Json.createObjectBuilder().add("type", Json.createArrayBuilder().add("string").add("null")))
                    .add("tags", Json.createObjectBuilder().add("type", "array").add("items", Json.createObjectBuilder().add("type", "string"))))
            .add("required", Json.createArrayBuilder().add("answer").add("note").add("tags"))
            .add("additionalProperties", false).build();

    WireMockServer server;
    GeminiEngine engine;
    final List<Long> waits = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        engine = new GeminiEngine();
        engine.baseUrl = "http://127.0.0.1:" + server.port();
        engine.model = "gemini-2.0-flash";
        engine.timeoutSeconds = 2;
        engine.maxAttempts = 2;
        engine.maxRetryWaitSeconds = 2;
        engine.sleeper = waits::add;
        engine.init();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    static LlmRequest request() {
        return new LlmRequest("answer_task", "Answer briefly.", "vacancy text", SCHEMA, 256, null);
    }

    static LlmCredentials platform() {
        return new LlmCredentials(LlmProvider.GEMINI, KEY, false);
    }

    @Test
    void sendsKeyInHeaderAndSchemaInGenerationConfig() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(FakeProviderBodies.geminiContent("{\"answer\":\"ok\",\"note\":null,\"tags\":[]}", 100, 20, "STOP"))));
        var reply = engine.complete(request(), platform());
        assertEquals("ok", reply.json().getString("answer"));
        assertEquals(100, reply.inputTokens());
        assertEquals(20, reply.outputTokens());
        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("x-goog-api-key", equalTo(KEY))
                .withQueryParam("key", absent())
                .withRequestBody(matchingJsonPath("$.generationConfig.responseMimeType", equalTo("application/json")))
                .withRequestBody(matchingJsonPath("$.generationConfig.responseSchema.type", equalTo("OBJECT")))
                .withRequestBody(matchingJsonPath("$.generationConfig.responseSchema.properties.note.type", equalTo("STRING")))
                .withRequestBody(matchingJsonPath("$.generationConfig.responseSchema.properties.note.nullable", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.generationConfig.responseSchema.properties.tags.items.type", equalTo("STRING")))
                .withRequestBody(matchingJsonPath("$.contents[0].parts[0].text", equalTo("<data>\nvacancy text\n</data>")))
                .withRequestBody(matchingJsonPath("$.systemInstruction.parts[0].text")));
    }

    @Test
    void dropsSchemaKeywordsGeminiDoesNotKnow() {
        JsonObject translated = GeminiEngine.geminiSchema(SCHEMA);
        assertFalse(translated.containsKey("additionalProperties"));
        assertEquals("ARRAY", translated.getJsonObject("properties").getJsonObject("tags").getString("type"));
    }

    @Test
    void invalidKeyAnsweredAs400IsAKeyRejection() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(FakeProviderBodies.GEMINI_INVALID_KEY)));
        LlmFailure failure = assertThrows(LlmFailure.class, () -> engine.complete(request(), platform()));
        assertEquals("urn:resume-tailor:problem:llm-key-rejected", failure.problem().type());
        assertEquals(502, failure.problem().status());
        assertFalse(failure.problem().toString().contains(KEY));
    }

    @Test
    void resourceExhaustedIsRetriedThenRateLimited() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody(FakeProviderBodies.GEMINI_RESOURCE_EXHAUSTED)));
        assertEquals("urn:resume-tailor:problem:llm-rate-limited",
                assertThrows(LlmFailure.class, () -> engine.complete(request(), platform())).problem().type());
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertEquals(1, waits.size(), "one pause between the two attempts: " + waits);
    }

    @Test
    void blockedOrTruncatedAnswerIsInvalidOutput() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(FakeProviderBodies.geminiContent("{\"answer\":", 100, 256, "MAX_TOKENS"))));
        assertEquals("urn:resume-tailor:problem:llm-invalid-output",
                assertThrows(LlmFailure.class, () -> engine.complete(request(), platform())).problem().type());
    }
}
