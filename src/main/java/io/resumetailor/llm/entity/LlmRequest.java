package io.resumetailor.llm.entity;

import jakarta.json.JsonObject;
import java.util.function.Supplier;

/**
 * One structured-output task for a model: instructions, the untrusted data (sent fenced,
 * as data, never appended to the instructions), and the JSON schema the answer must
 * follow. {@code offlineAnswer} is the built-in engine's deterministic answer for the
 * same task, used when no model is available.
 */
public record LlmRequest(String task, String instructions, String data, JsonObject schema, int maxOutputTokens,
                         Supplier<JsonObject> offlineAnswer) {
}
