package io.resumetailor.llm.control;

import io.resumetailor.llm.entity.LlmCredentials;
import io.resumetailor.llm.entity.LlmFailure;
import io.resumetailor.llm.entity.LlmProvider;
import io.resumetailor.llm.entity.LlmReply;
import io.resumetailor.llm.entity.LlmRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gemini {@code generateContent} with {@code responseMimeType: application/json} and a
 * {@code responseSchema}. The key travels in the {@code x-goog-api-key} header, never in
 * the URL (URLs end up in logs). Gemini's schema dialect is a subset of JSON schema:
 * the request's schema is translated ({@code ["string","null"]} becomes a nullable
 * string; keywords Gemini does not know are dropped).
 */
@ApplicationScoped
public class GeminiEngine extends ProviderEngine {

    static final Set<String> SCHEMA_KEYWORDS = Set.of("type", "format", "description", "nullable", "enum", "properties",
            "required", "items", "minItems", "maxItems");

    @Inject
    @ConfigProperty(name = "llm.gemini.base-url", defaultValue = "https://generativelanguage.googleapis.com")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "llm.gemini.model", defaultValue = "gemini-2.0-flash")
    String model;

    public GeminiEngine() {
        super(LlmProvider.GEMINI);
    }

    public String model() {
        return model;
    }

    @Override
    LlmReply call(LlmRequest request, LlmCredentials credentials) {
        URI uri = URI.create(baseUrl.replaceAll("/+$", "") + "/v1beta/models/"
                + URLEncoder.encode(model, StandardCharsets.UTF_8) + ":generateContent");
        HttpResponse<String> response = http.post(LlmProvider.GEMINI, uri, Map.of("x-goog-api-key", credentials.apiKey()),
                body(request).toString(), credentials.byok());
        if (response.statusCode() / 100 != 2) {
            // Gemini reports an invalid key as 400 INVALID_ARGUMENT with reason API_KEY_INVALID
            if (response.body() != null && response.body().contains("API_KEY_INVALID")) {
                throw LlmFailure.keyRejected(LlmProvider.GEMINI, credentials.byok());
            }
            throw LlmFailure.rejectedRequest(LlmProvider.GEMINI);
        }
        JsonObject root = JsonText.object(response.body()).orElseThrow(() -> LlmFailure.invalidOutput(LlmProvider.GEMINI));
        String finish = JsonText.string(root, "/candidates/0/finishReason").orElse("STOP");
        if (!"STOP".equals(finish)) {
            throw LlmFailure.invalidOutput(LlmProvider.GEMINI);
        }
        JsonObject answer = JsonText.string(root, "/candidates/0/content/parts/0/text").flatMap(JsonText::object)
                .orElseThrow(() -> LlmFailure.invalidOutput(LlmProvider.GEMINI));
        return new LlmReply(answer, "gemini", JsonText.string(root, "/modelVersion").orElse(model),
                JsonText.integer(root, "/usageMetadata/promptTokenCount"),
                JsonText.integer(root, "/usageMetadata/candidatesTokenCount"));
    }

    JsonObject body(LlmRequest request) {
        return Json.createObjectBuilder()
                .add("systemInstruction", Json.createObjectBuilder().add("parts", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("text", request.instructions() + JsonText.DATA_RULE))))
                .add("contents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "user")
                        .add("parts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("text", JsonText.fenced(request.data()))))))
                .add("generationConfig", Json.createObjectBuilder()
                        .add("responseMimeType", "application/json")
                        .add("responseSchema", geminiSchema(request.schema()))
                        .add("temperature", 0.2)
                        .add("maxOutputTokens", request.maxOutputTokens()))
                .build();
    }

    /** JSON schema (as OpenAI's strict mode wants it) to Gemini's schema dialect. */
    static JsonObject geminiSchema(JsonObject schema) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        JsonValue type = schema.get("type");
        if (type instanceof JsonArray types) {
            String single = types.stream().filter(t -> !"null".equals(((JsonString) t).getString()))
                    .map(t -> ((JsonString) t).getString()).findFirst().orElse("string");
            out.add("type", single.toUpperCase());
            if (types.stream().anyMatch(t -> "null".equals(((JsonString) t).getString()))) {
                out.add("nullable", true);
            }
        } else if (type instanceof JsonString text) {
            out.add("type", text.getString().toUpperCase());
        }
        schema.forEach((key, value) -> {
            if (!SCHEMA_KEYWORDS.contains(key) || "type".equals(key)) {
                return;
            }
            if ("properties".equals(key)) {
                JsonObjectBuilder properties = Json.createObjectBuilder();
                value.asJsonObject().forEach((name, property) -> properties.add(name, geminiSchema(property.asJsonObject())));
                out.add("properties", properties);
            } else if ("items".equals(key)) {
                out.add("items", geminiSchema(value.asJsonObject()));
            } else {
                out.add(key, value);
            }
        });
        return out.build();
    }
}
