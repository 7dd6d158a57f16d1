package io.resumetailor.llm.entity;

import jakarta.json.JsonObject;

/** A model's answer, parsed, with the tokens the provider reported. */
public record LlmReply(JsonObject json, String engine, String model, int inputTokens, int outputTokens) {

    public int totalTokens() {
        return inputTokens + outputTokens;
    }
}
