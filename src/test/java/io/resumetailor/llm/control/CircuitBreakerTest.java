package io.resumetailor.llm.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    final AtomicLong now = new AtomicLong(1_000);
    final CircuitBreaker breaker = new CircuitBreaker(3, 10_000, now::get);

    @Test
    void opensAfterThresholdConsecutiveFaults() {
        breaker.fault();
        breaker.fault();
        assertTrue(breaker.allow());
        breaker.fault();
        assertFalse(breaker.allow());
        assertTrue(breaker.isOpen());
    }

    @Test
    void aSuccessResetsTheCount() {
        breaker.fault();
        breaker.fault();
        breaker.success();
        breaker.fault();
        assertTrue(breaker.allow());
    }

    @Test
    void letsOneTrialThroughAfterTheOpenPeriod() {
        for (int i = 0; i < 3; i++) {
            breaker.fault();
        }
        now.addAndGet(10_001);
        assertTrue(breaker.allow());
        assertFalse(breaker.allow(), "a second call during the trial");
        breaker.fault();
        assertFalse(breaker.allow(), "trial failed: open again");
        now.addAndGet(10_001);
        assertTrue(breaker.allow());
        breaker.success();
        assertTrue(breaker.allow());
        assertTrue(breaker.allow());
    }
}
