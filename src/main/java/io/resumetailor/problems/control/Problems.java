package io.resumetailor.problems.control;

import io.resumetailor.problems.entity.Problem;
import jakarta.ws.rs.core.Response;

/** Builds the HTTP response for a problem; the one place that sets the media type. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        var builder = Response.status(problem.status()).type(Problem.MEDIA).entity(problem);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }
}
