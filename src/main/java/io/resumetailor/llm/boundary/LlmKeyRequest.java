package io.resumetailor.llm.boundary;

import jakarta.validation.constraints.NotNull;

/**
 * The last four characters of a key the user keeps in their browser. The length is
 * checked by the facade, so that a whole key sent by mistake is refused with a message
 * that says why, and is never stored or echoed.
 */
public class LlmKeyRequest {

    @NotNull
    public String keyHint;
}
