package io.resumetailor.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.json.Json;

/**
 * A local Gemini for the integration tests: the test server's platform key is a Gemini key
 * pointed here, so a test that switches {@code platform_provider} to {@code gemini_flash}
 * makes paid platform calls that this server answers exactly like Gemini's
 * {@code generateContent} (candidates, usage metadata), with an optional delay.
 */
final class FakeGemini {

    static final String PLATFORM_KEY = "AIza-platform-test-key-0000";
    static final String PATH = "/v1beta/models/.*:generateContent";
    private static FakeGemini instance;

    private final WireMockServer server;

    private FakeGemini() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    static synchronized FakeGemini instance() {
        if (instance == null) {
            instance = new FakeGemini();
        }
        return instance;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Every call answers {@code contentJson} as the model's JSON, after {@code delayMillis}, with 1000 + 500 tokens. */
    void answer(String contentJson, int delayMillis) {
        server.resetAll();
        server.stubFor(post(urlPathMatching(PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(delayMillis)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"candidates":[{"content":{"parts":[{"text":%s}],"role":"model"},"finishReason":"STOP","avgLogprobs":-0.01}],
                         "usageMetadata":{"promptTokenCount":1000,"candidatesTokenCount":500,"totalTokenCount":1500},
                         "modelVersion":"gemini-2.0-flash","responseId":"it-fake"}"""
                        .formatted(Json.createValue(contentJson).toString()))));
    }

    /** Every call fails as Gemini does when overloaded. */
    void fail(int status) {
        server.resetAll();
        server.stubFor(post(urlPathMatching(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":" + status + ",\"message\":\"The model is overloaded.\",\"status\":\"UNAVAILABLE\"}}")));
    }

    int calls() {
        return server.findAll(postRequestedFor(urlPathMatching(PATH))).size();
    }
}
