package io.resumetailor.llm.control;

import java.util.function.LongSupplier;

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
