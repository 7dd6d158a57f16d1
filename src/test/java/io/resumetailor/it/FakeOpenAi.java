package io.resumetailor.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * A local OpenAI-compatible server for the integration tests: chat completions answered
 * with a body shaped like OpenAI's. Its base URL is given to the servers under test as
 * {@code llm.openai.base-url}; no platform key is configured there, so only BYOK calls
 * come here.
 */
public final class FakeOpenAi {

    public static final String DEFAULT_ANSWER = "{\"answer\":\"ok\"}";
    private static FakeOpenAi instance;

    private final WireMockServer server;

    private FakeOpenAi() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        answer(DEFAULT_ANSWER);
    }

    public static synchronized FakeOpenAi instance() {
        if (instance == null) {
            instance = new FakeOpenAi();
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    public void answer(String contentJson) {
        server.resetAll();
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"id":"chatcmpl-IT","object":"chat.completion","created":1764100000,"model":"gpt-4o-mini-2024-07-18",
                                 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},"logprobs":null,"finish_reason":"stop"}],
                                 "usage":{"prompt_tokens":1000,"completion_tokens":500,"total_tokens":1500}}"""
                                .formatted(jakarta.json.Json.createValue(contentJson).toString()))));
    }

    public WireMockServer server() {
        return server;
    }
}
