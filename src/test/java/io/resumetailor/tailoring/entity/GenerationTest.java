package io.resumetailor.tailoring.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class GenerationTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 12, 0);

    @Test
    void roundsPartialDaysUp() {
        assertEquals(90, Generation.daysUntil(NOW.plusDays(90), NOW));
        assertEquals(1, Generation.daysUntil(NOW.plusMinutes(1), NOW));
        assertEquals(2, Generation.daysUntil(NOW.plusDays(1).plusSeconds(1), NOW));
    }

    @Test
    void isNeverNegative() {
        assertEquals(0, Generation.daysUntil(NOW, NOW));
        assertEquals(0, Generation.daysUntil(NOW.minusDays(3), NOW));
    }
}
