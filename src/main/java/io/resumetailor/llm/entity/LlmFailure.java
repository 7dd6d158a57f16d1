package io.resumetailor.llm.entity;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;

/**
 * A provider call that did not produce a usable answer. The detail is ours, never the
 * provider's body (which may echo parts of the request) and never the key.
 * {@link #countsAgainstProvider()} tells the circuit breaker whether the provider itself
 * is at fault (unreachable, 5xx, timeouts), as opposed to a rejected key or bad output.
 * {@link #reachedProvider()} tells metering whether the provider may have done (and
 * charged for) the work: it answered with something unusable, or it was still working
 * when we stopped waiting.
 */
public class LlmFailure extends ProblemException {

    private final boolean providerFault;
    private final boolean reachedProvider;

    private LlmFailure(Problem problem, boolean providerFault) {
        this(problem, providerFault, false);
    }

    private LlmFailure(Problem problem, boolean providerFault, boolean reachedProvider) {
        super(problem);
        this.providerFault = providerFault;
        this.reachedProvider = reachedProvider;
    }

    public boolean countsAgainstProvider() {
        return providerFault;
    }

    public boolean reachedProvider() {
        return reachedProvider;
    }

    public static LlmFailure keyRejected(LlmProvider provider, boolean byok) {
        return new LlmFailure(Problem.of("llm-key-rejected", "API key rejected", byok ? 400 : 502,
                provider.label() + " rejected the " + (byok ? "API key you sent" : "platform's API key") + "."), false);
    }

    public static LlmFailure rateLimited(LlmProvider provider) {
        return new LlmFailure(Problem.of("llm-rate-limited", "Provider rate limit", 503,
                provider.label() + " is rate limiting requests; try again in a minute."), false);
    }

    public static LlmFailure unavailable(LlmProvider provider) {
        return new LlmFailure(Problem.of("llm-unavailable", "Provider unavailable", 502,
                provider.label() + " did not answer successfully; try again later."), true);
    }

    public static LlmFailure timeout(LlmProvider provider) {
        return new LlmFailure(Problem.of("llm-timeout", "Provider timeout", 504,
                provider.label() + " did not answer in time."), true, true);
    }

    public static LlmFailure rejectedRequest(LlmProvider provider) {
        return new LlmFailure(Problem.of("llm-request-rejected", "Provider refused the request", 502,
                provider.label() + " refused the request."), false);
    }

    public static LlmFailure invalidOutput(LlmProvider provider) {
        return new LlmFailure(Problem.of("llm-invalid-output", "Invalid model output", 502,
                provider.label() + " answered with something that is not the JSON asked for."), false, true);
    }

    public static LlmFailure circuitOpen(LlmProvider provider) {
        return new LlmFailure(Problem.of("llm-circuit-open", "Provider temporarily unavailable", 503,
                provider.label() + " failed repeatedly; calls are paused for a short while."), false);
    }
}
