package io.resumetailor.llm.control;

import io.resumetailor.llm.entity.LlmFailure;
import io.resumetailor.llm.entity.LlmProvider;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Stops calling a provider that keeps failing. After {@code threshold} consecutive
 * provider faults (5xx, timeouts, unreachable; not rejected keys or bad output) the
 * circuit opens for {@code openMillis}; then one trial call is let through, and its
 * outcome closes or re-opens the circuit.
 */
public final class CircuitBreaker {

    private final int threshold;
    private final long openMillis;
    private final LongSupplier clock;
    private int consecutiveFaults;
    private long openUntil;
    private boolean trialInFlight;

    public CircuitBreaker(int threshold, long openMillis, LongSupplier clock) {
        this.threshold = threshold;
        this.openMillis = openMillis;
        this.clock = clock;
    }

    /**
     * Runs a provider call through the breaker: refused while open, and its outcome
     * recorded (only a failure that {@link LlmFailure#countsAgainstProvider() blames the
     * provider} counts towards opening).
     */
    public <T> T call(LlmProvider provider, Supplier<T> call) {
        if (!allow()) {
            throw LlmFailure.circuitOpen(provider);
        }
        try {
            T result = call.get();
            success();
            return result;
        } catch (LlmFailure failure) {
            if (failure.countsAgainstProvider()) {
                fault();
            } else {
                neutral();
            }
            throw failure;
        }
    }

    /** Whether a call may go ahead now. */
    public synchronized boolean allow() {
        if (consecutiveFaults < threshold) {
            return true;
        }
        if (clock.getAsLong() < openUntil || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    public synchronized void success() {
        consecutiveFaults = 0;
        trialInFlight = false;
    }

    public synchronized void fault() {
        consecutiveFaults++;
        trialInFlight = false;
        if (consecutiveFaults >= threshold) {
            openUntil = clock.getAsLong() + openMillis;
        }
    }

    /** A call that ended without blaming the provider: a trial slot is freed, nothing else changes. */
    public synchronized void neutral() {
        trialInFlight = false;
    }

    public synchronized boolean isOpen() {
        return consecutiveFaults >= threshold && clock.getAsLong() < openUntil;
    }
}
