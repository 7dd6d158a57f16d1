package io.resumetailor.llm.boundary;

import io.resumetailor.llm.entity.LlmCredentials;
import io.resumetailor.llm.entity.LlmProvider;
import io.resumetailor.problems.entity.ProblemException;
import java.util.Optional;

/**
 * The user's own key for one call: {@code X-LLM-Provider} ({@code openai} or
 * {@code gemini}) and {@code X-LLM-Key}. Both or neither; the key is used for this
 * request only and never stored, logged or echoed (errors name the header, not its value).
 */
public final class ByokHeaders {

    public static final String PROVIDER = "X-LLM-Provider";
    public static final String KEY = "X-LLM-Key";
    static final int MAX_KEY_LENGTH = 512;

    private ByokHeaders() {
    }

    public static Optional<LlmCredentials> of(String provider, String key) {
        boolean hasProvider = provider != null && !provider.isBlank();
        boolean hasKey = key != null && !key.isBlank();
        if (!hasProvider && !hasKey) {
            return Optional.empty();
        }
        if (!hasProvider || !hasKey) {
            throw ProblemException.invalidField(hasProvider ? KEY : PROVIDER, "must be sent together with " + (hasProvider ? PROVIDER : KEY));
        }
        LlmProvider parsed;
        try {
            parsed = LlmProvider.fromLabel(provider.trim().toLowerCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(PROVIDER, "must be openai or gemini");
        }
        String trimmed = key.trim();
        if (trimmed.length() > MAX_KEY_LENGTH || !trimmed.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ProblemException.invalidField(KEY, "is not an API key");
        }
        return Optional.of(new LlmCredentials(parsed, trimmed, true));
    }
}
