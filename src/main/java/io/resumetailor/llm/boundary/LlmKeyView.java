package io.resumetailor.llm.boundary;

import io.resumetailor.llm.entity.LlmKey;
import io.resumetailor.platform.entity.UtcClock;
import java.time.OffsetDateTime;

/** That I keep a key for a provider, and its last four characters. */
public record LlmKeyView(String provider, String keyHint, OffsetDateTime createdAt) {

    public static LlmKeyView of(LlmKey key) {
        return new LlmKeyView(key.getProvider().label(), key.getKeyHint(), UtcClock.toOffset(key.getCreatedAt()));
    }
}
