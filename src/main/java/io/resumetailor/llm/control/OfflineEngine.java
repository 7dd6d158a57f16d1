package io.resumetailor.llm.control;

import io.resumetailor.llm.entity.LlmCredentials;
import io.resumetailor.llm.entity.LlmReply;
import io.resumetailor.llm.entity.LlmRequest;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The built-in engine, used when no platform key is configured (or when the client asks
 * for it): each task brings its own deterministic answer (the heuristic resume parser,
 * extractive tailoring), so the service works end to end without any model, at no cost.
 */
@ApplicationScoped
public class OfflineEngine implements LlmEngine {

    @Override
    public LlmReply complete(LlmRequest request, LlmCredentials credentials) {
        if (request.offlineAnswer() == null) {
            throw new ProblemException(Problem.of("offline-unsupported", "No offline engine for this task", 503,
                    "This task needs a language model, and none is configured; send your own API key."));
        }
        return new LlmReply(request.offlineAnswer().get(), "offline", "offline", 0, 0);
    }
}
