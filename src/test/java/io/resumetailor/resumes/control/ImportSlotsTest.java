package io.resumetailor.resumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.resumetailor.problems.entity.ProblemException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportSlotsTest {

    @Test
    void refusesASecondExtractionOfOneUserUntilTheFirstEnds() {
        ImportSlots slots = new ImportSlots();
        UUID user = UUID.randomUUID();
        slots.acquire(user, 1);
        var refused = assertThrows(ProblemException.class, () -> slots.acquire(user, 1));
        assertEquals(429, refused.problem().status());
        assertEquals("urn:resume-tailor:problem:import-in-progress", refused.problem().type());
        slots.acquire(UUID.randomUUID(), 1);
        slots.release(user);
        assertEquals(0, slots.running(user));
        slots.acquire(user, 1);
        assertEquals(1, slots.running(user));
    }

    @Test
    void allowsAsManyAsTheLimit() {
        ImportSlots slots = new ImportSlots();
        UUID user = UUID.randomUUID();
        slots.acquire(user, 2);
        slots.acquire(user, 2);
        assertThrows(ProblemException.class, () -> slots.acquire(user, 2));
        slots.release(user);
        slots.release(user);
        assertEquals(0, slots.running(user));
    }
}
