package io.resumetailor.llm.control;

import io.resumetailor.llm.entity.LlmCredentials;
import io.resumetailor.llm.entity.LlmReply;
import io.resumetailor.llm.entity.LlmRequest;

/** The port the service talks to models through: OpenAI, Gemini, or the built-in offline engine. */
public interface LlmEngine {

    LlmReply complete(LlmRequest request, LlmCredentials credentials);
}
