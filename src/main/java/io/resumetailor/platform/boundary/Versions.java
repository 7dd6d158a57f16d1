package io.resumetailor.platform.boundary;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Entity tags from {@code updated_at}, and the {@code If-Match} check that stops lost
 * updates: a client that read version X may only overwrite version X. Callers hold a row
 * lock while checking, so two writers with the same tag cannot both pass.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(LocalDateTime updatedAt) {
        return "\"" + version(updatedAt) + "\"";
    }

    /** The {@code ETag} header value for a response. */
    public static EntityTag entityTag(LocalDateTime updatedAt) {
        return new EntityTag(version(updatedAt));
    }

    private static String version(LocalDateTime updatedAt) {
        var instant = updatedAt.toInstant(ZoneOffset.UTC);
        return Long.toString(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000, 36);
    }

    /** Passes when there is no {@code If-Match}, when it is {@code *}, or when it names the current version. */
    public static void check(String ifMatch, LocalDateTime updatedAt) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = etag(updatedAt);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals(current)) {
                return;
            }
        }
        throw new ProblemException(Problem.of("precondition-failed", "Precondition failed", 412,
                "The resource changed since you read it; read it again and reapply your change."));
    }
}
