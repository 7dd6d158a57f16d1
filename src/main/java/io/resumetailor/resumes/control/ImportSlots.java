package io.resumetailor.resumes.control;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Bounds the extraction work one user can have running at once. A failed import uses no
 * parse quota, so without this a user could start hostile files in parallel, each allowed
 * its full time limit of CPU; with it, one user holds at most {@code limit} extractions
 * (and so at most that many times the time limit of CPU) at any moment. Counted per server
 * instance.
 */
@ApplicationScoped
public class ImportSlots {

    private final ConcurrentMap<UUID, Integer> running = new ConcurrentHashMap<>();

    /** Takes a slot for the user, or refuses with 429 when the user already has {@code limit} imports running. */
    public void acquire(UUID userId, int limit) {
        boolean[] taken = {false};
        running.compute(userId, (id, count) -> {
            int current = count == null ? 0 : count;
            if (current >= limit) {
                return count;
            }
            taken[0] = true;
            return current + 1;
        });
        if (!taken[0]) {
            throw new ProblemException(Problem.of("import-in-progress", "Import in progress", 429,
                    "An import of yours is still being read; wait for it to finish and try again."));
        }
    }

    public void release(UUID userId) {
        running.computeIfPresent(userId, (id, count) -> count <= 1 ? null : count - 1);
    }

    int running(UUID userId) {
        return running.getOrDefault(userId, 0);
    }
}
