package io.resumetailor.llm.entity;

/**
 * Which provider to call and with whose key. A BYOK key lives only in this object for
 * the one call it arrived with; {@link #toString()} never shows it.
 */
public record LlmCredentials(LlmProvider provider, String apiKey, boolean byok) {

    @Override
    public String toString() {
        return "LlmCredentials[" + provider.label() + (byok ? ", byok" : ", platform") + "]";
    }
}
