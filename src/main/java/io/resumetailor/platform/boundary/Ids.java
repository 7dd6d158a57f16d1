package io.resumetailor.platform.boundary;

import io.resumetailor.problems.entity.ProblemException;
import java.util.UUID;

/** Ids in paths: a malformed id names nothing, so it is a 404 like any unknown id. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String id, String what) {
        try {
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equalsIgnoreCase(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // fall through
        }
        throw ProblemException.notFound(what);
    }
}
