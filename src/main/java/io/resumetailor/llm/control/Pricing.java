package io.resumetailor.llm.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a call cost in USD, from the tokens the provider reported and per-model prices
 * per million tokens: {@code llm.price.<model>.input} and {@code llm.price.<model>.output}
 * (defaults below for the default models), rounded to the schema's six decimals.
 */
@ApplicationScoped
public class Pricing {

    static final Map<String, BigDecimal[]> DEFAULTS = Map.of(
            "gpt-4o-mini", new BigDecimal[]{new BigDecimal("0.15"), new BigDecimal("0.60")},
            "gpt-4o", new BigDecimal[]{new BigDecimal("2.50"), new BigDecimal("10.00")},
            "gemini-2.0-flash", new BigDecimal[]{new BigDecimal("0.10"), new BigDecimal("0.40")},
            "gemini-2.5-flash", new BigDecimal[]{new BigDecimal("0.30"), new BigDecimal("2.50")});
    static final BigDecimal[] UNKNOWN_MODEL = {new BigDecimal("5.00"), new BigDecimal("15.00")};
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public BigDecimal cost(String model, int inputTokens, int outputTokens) {
        BigDecimal[] prices = prices(model);
        return prices[0].multiply(BigDecimal.valueOf(inputTokens)).add(prices[1].multiply(BigDecimal.valueOf(outputTokens)))
                .divide(MILLION, 6, RoundingMode.UP);
    }

    /** An upper estimate for reserving budget before a call: all input plus the output cap. */
    public BigDecimal estimate(String model, int inputChars, int maxOutputTokens) {
        return cost(model, inputChars / 3 + 500, maxOutputTokens);
    }

    BigDecimal[] prices(String model) {
        var config = ConfigProvider.getConfig();
        BigDecimal[] fallback = DEFAULTS.getOrDefault(model, UNKNOWN_MODEL);
        return new BigDecimal[]{
            config.getOptionalValue("llm.price." + model + ".input", BigDecimal.class).orElse(fallback[0]),
            config.getOptionalValue("llm.price." + model + ".output", BigDecimal.class).orElse(fallback[1])};
    }
}
