package io.resumetailor.llm.boundary;

import io.resumetailor.auth.entity.Caller;
import io.resumetailor.llm.control.GeminiEngine;
import io.resumetailor.llm.control.LlmEngine;
import io.resumetailor.llm.control.OfflineEngine;
import io.resumetailor.llm.control.OpenAiEngine;
import io.resumetailor.llm.control.Pricing;
import io.resumetailor.llm.entity.LlmCredentials;
import io.resumetailor.llm.entity.LlmFailure;
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
import jakarta.ejb.EJB;
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
 * budget, calls the model with no transaction open, and hands the answer to the caller.
 * An answer the caller finds invalid ({@link LlmRetry}) is asked for once more with the
 * reasons.
 *
 * <p>Money first: the moment a provider has answered (or may have worked: a timeout, an
 * unusable answer), the call is settled, tokens and cost recorded and the budget charged,
 * before the caller does anything with the answer. Whatever happens afterwards (the
 * answer does not validate, storing fails, the client went away) the call stays used.
 * Only a call that never reached a provider, or that the provider refused without
 * charge (rejected key, rate limit, 5xx, circuit open), gives its quota and budget back;
 * so does the built-in engine, which costs nothing.
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

    @EJB

    UsageMeter meter;

    @EJB

    PlatformBudget budget;

    @EJB

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

        boolean provider() {
            return credentials != null;
        }

        boolean platformModel() {
            return credentials != null && !credentials.byok();
        }
    }

    /** The answer and what it was metered as. */
    public record Result<T>(T value, LlmReply reply, ProviderType providerType) {
    }

    /** What the calls of one task used so far, as settled on its usage row. */
    private static final class Spend {
        int tokens;
        BigDecimal cost = BigDecimal.ZERO;
        boolean reachedProvider;
    }

    public <T> Result<T> run(Caller caller, Operation operation, LlmRequest request,
                             Optional<LlmCredentials> byok, boolean preferOffline, Function<LlmReply, T> handle) {
        Route route = route(byok, preferOffline);
        Admission admission = meter.admit(caller.id(), caller.role(), operation, route.type(),
                route.platformModel() ? estimate(route, request) : null);
        Spend spend = new Spend();
        try {
            LlmReply reply = ask(route, request, admission, spend);
            try {
                return new Result<>(handle.apply(reply), reply, route.type());
            } catch (LlmRetry retry) {
                LlmRequest corrected = new LlmRequest(request.task(), request.instructions()
                        + "\n\nYour previous answer did not validate: " + retry.feedback()
                        + "\nAnswer again, fixing exactly these problems.", request.data(), request.schema(),
                        request.maxOutputTokens(), request.offlineAnswer());
                LlmReply second = ask(route, corrected, admission, spend);
                LlmReply both = new LlmReply(second.json(), second.engine(), second.model(),
                        reply.inputTokens() + second.inputTokens(), reply.outputTokens() + second.outputTokens());
                try {
                    return new Result<>(handle.apply(both), both, route.type());
                } catch (LlmRetry again) {
                    throw new ProblemException(Problem.of("llm-invalid-output", "Invalid model output", 502,
                            "The model's answer did not validate twice: " + again.feedback()));
                }
            }
        } catch (RuntimeException failure) {
            if (!spend.reachedProvider) {
                meter.release(admission);
            }
            throw failure;
        }
    }

    /**
     * One model call: platform budget reserved before it, and settled as soon as the
     * provider has answered, on the task's usage row, before anyone looks at the answer.
     */
    private LlmReply ask(Route route, LlmRequest request, Admission admission, Spend spend) {
        BudgetReservation reservation = route.platformModel() ? budget.reserve(estimate(route, request)) : null;
        LlmReply reply;
        try {
            reply = route.engine().complete(request, route.credentials());
        } catch (LlmFailure failure) {
            if (route.provider() && failure.reachedProvider()) {
                charge(route, admission, reservation, spend, 0, estimate(route, request));
            } else if (reservation != null) {
                budget.release(reservation);
            }
            throw failure;
        } catch (RuntimeException failure) {
            if (reservation != null) {
                budget.release(reservation);
            }
            throw failure;
        }
        BigDecimal cost = route.provider() ? pricing.cost(route.model(), reply.inputTokens(), reply.outputTokens()) : BigDecimal.ZERO;
        if (route.provider()) {
            charge(route, admission, reservation, spend, reply.totalTokens(), cost);
        } else {
            spend.tokens += reply.totalTokens();
            meter.settle(admission, spend.tokens, spend.cost);
        }
        return reply;
    }

    private void charge(Route route, Admission admission, BudgetReservation reservation, Spend spend, int tokens, BigDecimal cost) {
        spend.reachedProvider = true;
        spend.tokens += tokens;
        spend.cost = spend.cost.add(cost);
        meter.settle(admission, spend.tokens, spend.cost);
        if (reservation != null) {
            budget.settle(reservation, cost);
        }
    }

    private BigDecimal estimate(Route route, LlmRequest request) {
        return pricing.estimate(route.model(), request.instructions().length() + request.data().length(),
                request.maxOutputTokens());
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
