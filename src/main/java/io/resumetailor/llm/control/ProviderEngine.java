package io.resumetailor.llm.control;

import io.resumetailor.llm.entity.LlmCredentials;
import io.resumetailor.llm.entity.LlmProvider;
import io.resumetailor.llm.entity.LlmReply;
import io.resumetailor.llm.entity.LlmRequest;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the HTTP providers share: one timeout and retry policy from config
 * ({@link ProviderHttp}) and a circuit breaker of their own around the platform's calls.
 * Calls with a user's own key (BYOK) bypass the breaker: a user's rejected, exhausted or
 * failing key says nothing about the platform's key, and must not shut every user out.
 */
abstract class ProviderEngine implements LlmEngine {

    @Inject
    @ConfigProperty(name = "llm.timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "llm.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "llm.max-retry-wait-seconds", defaultValue = "10")
    int maxRetryWaitSeconds;

    ProviderHttp http;
    CircuitBreaker breaker;
    ProviderHttp.Sleeper sleeper = Thread::sleep;

    private final LlmProvider provider;

    ProviderEngine(LlmProvider provider) {
        this.provider = provider;
    }

    @PostConstruct
    void init() {
        http = new ProviderHttp(Duration.ofSeconds(timeoutSeconds), maxAttempts, 500, maxRetryWaitSeconds * 1000L, sleeper);
        breaker = new CircuitBreaker(5, 30_000, System::currentTimeMillis);
    }

    @Override
    public LlmReply complete(LlmRequest request, LlmCredentials credentials) {
        if (credentials.byok()) {
            return call(request, credentials);
        }
        return breaker.call(provider, () -> call(request, credentials));
    }

    /** One call to the provider, retried and timed by {@link #http}. */
    abstract LlmReply call(LlmRequest request, LlmCredentials credentials);
}
