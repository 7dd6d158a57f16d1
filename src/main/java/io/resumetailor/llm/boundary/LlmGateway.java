package io.resumetailor.llm.boundary;

import io.resumetailor.auth.entity.Caller;
import io.resumetailor.llm.control.GeminiEngine;
import io.resumetailor.llm.control.LlmEngine;
import io.resumetailor.llm.control.OfflineEngine;
import io.resumetailor.llm.control.OpenAiEngine;
import io.resumetailor.llm.control.Pricing;
import io.resumetailor.llm.entity.LlmCredentials;
import io.resumetailor.llm.entity.LlmProvider;
import io.resumetailor.llm.entity.LlmReply;
import io.resumetailor.llm.entity.LlmRequest;
import io.resumetailor.llm.entity.LlmRetry;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.settings.boundary.SystemSettings;
import io.resumetailor.usage.boundary.PlatformBudget;
import io.resumetailor.usage.boundary.UsageMeter;
import io.resumetailor.usage.entity.Admission;
import io.resumetailor.usage.entity.BudgetReservation;
import io.resumetailor.usage.entity.Operation;
import io.resumetailor.usage.entity.ProviderType;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs one metered model task: picks the engine (the user's own key, the platform's, or
 * the built-in offline engine), admits it against the daily limit, reserves platform
 * budget, calls the model with no transaction open, hands the answer to the caller, and
 * settles tokens and cost. An answer the caller finds invalid ({@link LlmRetry}) is asked
 * for once more with the reasons. If anything fails, including the caller's handling of
 * the answer, the quota and the budget reservation are given back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LlmGateway {

    @Inject
    OpenAiEngine openAi;

    @Inject
    GeminiEngine gemini;

    @Inject
    OfflineEngine offline;

    @Inject
    UsageMeter meter;

    @Inject
    PlatformBudget budget;

    @Inject
    SystemSettings settings;

    @Inject
    Pricing pricing;

    @Inject
    @ConfigProperty(name = "llm.openai.api-key")
    Optional<String> openAiKey;

    @Inject
    @ConfigProperty(name = "llm.gemini.api-key")
    Optional<String> geminiKey;

    /** How a task will run: which engine, with whose key, billed how. */
    public record Route(LlmEngine engine, LlmCredentials credentials, ProviderType type, String model) {
    }

    /** The answer and what it was metered as. */
    public record Result<T>(T value, LlmReply reply, ProviderType providerType) {
    }

    public <T> Result<T> run(Caller caller, Operation operation, LlmRequest request,
                             Optional<LlmCredentials> byok, boolean preferOffline, Function<LlmReply, T> handle) {
        Route route = route(byok, preferOffline);
        boolean platformModel = route.credentials() != null && !route.credentials().byok();
        BigDecimal estimate = platformModel ? pricing.estimate(route.model(),
                request.instructions().length() + request.data().length(), request.maxOutputTokens()) : null;
        Admission admission = meter.admit(caller.id(), caller.role(), operation, route.type(), estimate);
        BudgetReservation reservation = null;
        boolean done = false;
        try {
            if (platformModel) {
                reservation = budget.reserve(estimate);
            }
            LlmReply reply = route.engine().complete(request, route.credentials());
            T value;
            try {
                value = handle.apply(reply);
            } catch (LlmRetry retry) {
                LlmRequest corrected = new LlmRequest(request.task(), request.instructions()
                        + "\n\nYour previous answer did not validate: " + retry.feedback()
                        + "\nAnswer again, fixing exactly these problems.", request.data(), request.schema(),
                        request.maxOutputTokens(), request.offlineAnswer());
                LlmReply second = route.engine().complete(corrected, route.credentials());
                reply = new LlmReply(second.json(), second.engine(), second.model(),
                        reply.inputTokens() + second.inputTokens(), reply.outputTokens() + second.outputTokens());
                try {
                    value = handle.apply(reply);
                } catch (LlmRetry again) {
                    throw new ProblemException(Problem.of("llm-invalid-output", "Invalid model output", 502,
                            "The model's answer did not validate twice: " + again.feedback()));
                }
            }
            BigDecimal cost = "offline".equals(reply.engine()) ? BigDecimal.ZERO
                    : pricing.cost(route.model(), reply.inputTokens(), reply.outputTokens());
            meter.settle(admission, reply.totalTokens(), cost);
            if (reservation != null) {
                budget.settle(reservation, cost);
            }
            done = true;
            return new Result<>(value, reply, route.type());
        } finally {
            if (!done) {
                meter.release(admission);
                if (reservation != null) {
                    budget.release(reservation);
                }
            }
        }
    }

    public Route route(Optional<LlmCredentials> byok, boolean preferOffline) {
        if (byok.isPresent()) {
            if (!settings.byokEnabled()) {
                throw new ProblemException(Problem.of("byok-disabled", "Own API keys are disabled", 403,
                        "This server does not accept your own API key at the moment."));
            }
            LlmCredentials credentials = byok.get();
            return credentials.provider() == LlmProvider.OPENAI
                    ? new Route(openAi, credentials, ProviderType.BYOK, openAi.model())
                    : new Route(gemini, credentials, ProviderType.BYOK, gemini.model());
        }
        boolean geminiPlatform = "gemini_flash".equals(settings.platformProvider());
        Optional<String> platformKey = (geminiPlatform ? geminiKey : openAiKey).filter(key -> !key.isBlank());
        if (preferOffline || platformKey.isEmpty()) {
            return new Route(offline, null, ProviderType.PLATFORM, "offline");
        }
        if (!settings.platformLlmEnabled()) {
            throw new ProblemException(Problem.of("platform-llm-disabled", "Platform model switched off", 503,
                    "The platform's language model is switched off."
                            + (settings.byokEnabled() ? " Use your own API key (X-LLM-Provider, X-LLM-Key headers)." : "")));
        }
        return geminiPlatform
                ? new Route(gemini, new LlmCredentials(LlmProvider.GEMINI, platformKey.get(), false), ProviderType.PLATFORM, gemini.model())
                : new Route(openAi, new LlmCredentials(LlmProvider.OPENAI, platformKey.get(), false), ProviderType.PLATFORM, openAi.model());
    }
}
