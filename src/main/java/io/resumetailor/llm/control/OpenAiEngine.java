package io.resumetailor.llm.control;

import io.resumetailor.llm.entity.LlmCredentials;
import io.resumetailor.llm.entity.LlmFailure;
import io.resumetailor.llm.entity.LlmProvider;
import io.resumetailor.llm.entity.LlmReply;
import io.resumetailor.llm.entity.LlmRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenAI chat completions with structured output ({@code response_format: json_schema},
 * strict). The base URL is configurable, so any OpenAI-compatible server works; a server
 * that rejects {@code json_schema} is asked again with {@code json_object} and the schema
 * in the instructions.
 */
@ApplicationScoped
public class OpenAiEngine extends ProviderEngine {

    @Inject
    @ConfigProperty(name = "llm.openai.base-url", defaultValue = "https://api.openai.com/v1")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "llm.openai.model", defaultValue = "gpt-4o-mini")
    String model;

    public OpenAiEngine() {
        super(LlmProvider.OPENAI);
    }

    public String model() {
        return model;
    }

    @Override
    LlmReply call(LlmRequest request, LlmCredentials credentials) {
        URI uri = URI.create(baseUrl.replaceAll("/+$", "") + "/chat/completions");
        Map<String, String> headers = Map.of("Authorization", "Bearer " + credentials.apiKey());
        HttpResponse<String> response = http.post(LlmProvider.OPENAI, uri, headers, body(request, true).toString(),
                credentials.byok());
        if (response.statusCode() == 400 && rejectsJsonSchema(response.body())) {
            response = http.post(LlmProvider.OPENAI, uri, headers, body(request, false).toString(), credentials.byok());
        }
        if (response.statusCode() / 100 != 2) {
            throw LlmFailure.rejectedRequest(LlmProvider.OPENAI);
        }
        JsonObject root = JsonText.object(response.body()).orElseThrow(() -> LlmFailure.invalidOutput(LlmProvider.OPENAI));
        if (JsonText.string(root, "/choices/0/message/refusal").isPresent()
                || !"stop".equals(JsonText.string(root, "/choices/0/finish_reason").orElse("stop"))) {
            throw LlmFailure.invalidOutput(LlmProvider.OPENAI);
        }
        JsonObject answer = JsonText.string(root, "/choices/0/message/content").flatMap(JsonText::object)
                .orElseThrow(() -> LlmFailure.invalidOutput(LlmProvider.OPENAI));
        return new LlmReply(answer, "openai", JsonText.string(root, "/model").orElse(model),
                JsonText.integer(root, "/usage/prompt_tokens"), JsonText.integer(root, "/usage/completion_tokens"));
    }

    JsonObject body(LlmRequest request, boolean jsonSchema) {
        String system = request.instructions() + JsonText.DATA_RULE
                + (jsonSchema ? "" : "\n\nAnswer with one JSON object that follows this JSON schema: " + request.schema());
        var format = jsonSchema
                ? Json.createObjectBuilder().add("type", "json_schema").add("json_schema", Json.createObjectBuilder()
                        .add("name", request.task()).add("strict", true).add("schema", request.schema()))
                : Json.createObjectBuilder().add("type", "json_object");
        return Json.createObjectBuilder()
                .add("model", model)
                .add("messages", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "system").add("content", system))
                        .add(Json.createObjectBuilder().add("role", "user").add("content", JsonText.fenced(request.data()))))
                .add("response_format", format)
                .add("temperature", 0.2)
                .add("max_completion_tokens", request.maxOutputTokens())
                .build();
    }

    static boolean rejectsJsonSchema(String body) {
        String text = body == null ? "" : body.toLowerCase();
        return text.contains("json_schema") || text.contains("response_format");
    }
}
