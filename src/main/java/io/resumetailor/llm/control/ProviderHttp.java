package io.resumetailor.llm.control;

import io.resumetailor.llm.entity.LlmFailure;
import io.resumetailor.llm.entity.LlmProvider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * POSTs JSON to a provider: a timeout per attempt, retries with exponential backoff and
 * jitter on 429 and 5xx (waiting what {@code Retry-After} asks when it asks for no more
 * than {@code maxWait}), and provider errors turned into {@link LlmFailure}s. Other 4xx
 * answers are returned for the engine to interpret. Nothing here logs a header or a body.
 */
final class ProviderHttp {

    private static final Logger LOG = Logger.getLogger(ProviderHttp.class.getName());

    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final HttpClient client;
    private final Duration timeout;
    private final int maxAttempts;
    private final long baseBackoffMillis;
    private final long maxWaitMillis;
    private final Sleeper sleeper;

    ProviderHttp(Duration timeout, int maxAttempts, long baseBackoffMillis, long maxWaitMillis, Sleeper sleeper) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.baseBackoffMillis = baseBackoffMillis;
        this.maxWaitMillis = maxWaitMillis;
        this.sleeper = sleeper;
    }

    HttpResponse<String> post(LlmProvider provider, URI uri, Map<String, String> headers, String json, boolean byok) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                var request = HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json));
                headers.forEach(request::header);
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                LOG.warning(() -> provider.label() + " timed out after " + timeout.toSeconds() + " s");
                throw LlmFailure.timeout(provider);
            } catch (IOException e) {
                LOG.warning(() -> provider.label() + " unreachable: " + e.getClass().getSimpleName());
                if (attempt >= maxAttempts) {
                    throw LlmFailure.unavailable(provider);
                }
                pause(backoff(attempt), provider);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw LlmFailure.unavailable(provider);
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return response;
            }
            int tried = attempt;
            LOG.warning(() -> provider.label() + " answered " + status + " (attempt " + tried + ")");
            if (status == 401 || status == 403) {
                throw LlmFailure.keyRejected(provider, byok);
            }
            if (status == 429 || status >= 500) {
                long wait = status == 429 ? retryAfter(response).orElse(backoff(attempt)) : backoff(attempt);
                if (attempt >= maxAttempts || wait > maxWaitMillis) {
                    throw status == 429 ? LlmFailure.rateLimited(provider) : LlmFailure.unavailable(provider);
                }
                pause(wait, provider);
                continue;
            }
            return response;
        }
    }

    private long backoff(int attempt) {
        long exponential = baseBackoffMillis << Math.min(attempt - 1, 10);
        return Math.min(maxWaitMillis, exponential + ThreadLocalRandom.current().nextLong(baseBackoffMillis / 2 + 1));
    }

    static OptionalLong retryAfter(HttpResponse<?> response) {
        var header = response.headers().firstValue("Retry-After");
        if (header.isEmpty()) {
            return OptionalLong.empty();
        }
        String value = header.get().trim();
        try {
            return OptionalLong.of(Math.max(0, Long.parseLong(value)) * 1000);
        } catch (NumberFormatException notSeconds) {
            try {
                long millis = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value,
                        DateTimeFormatter.RFC_1123_DATE_TIME)).toMillis();
                return OptionalLong.of(Math.max(0, millis));
            } catch (RuntimeException notADate) {
                return OptionalLong.empty();
            }
        }
    }

    private void pause(long millis, LlmProvider provider) {
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LlmFailure.unavailable(provider);
        }
    }
}
