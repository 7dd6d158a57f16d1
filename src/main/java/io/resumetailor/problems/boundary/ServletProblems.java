package io.resumetailor.problems.boundary;

import io.resumetailor.problems.entity.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Writes a problem document on a plain servlet response, for errors answered before or
 * outside JAX-RS: the container's error page and the servlet filters at the edge of the
 * service (a body that arrives too slowly or is too large, oversized headers, TRACE).
 * Problems are never cached and never sniffed as another type.
 */
public final class ServletProblems {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Logger LOG = Logger.getLogger(ServletProblems.class.getName());

    private ServletProblems() {
    }

    /** Writes the problem; a client that is gone already costs one log line, not an exception. */
    public static void write(HttpServletResponse response, Problem problem, boolean withBody) {
        try {
            send(response, problem, withBody);
        } catch (IOException gone) {
            LOG.info(() -> "client gone before problem " + problem.status() + " could be sent (" + gone.getMessage() + ")");
        }
    }

    private static void send(HttpServletResponse response, Problem problem, boolean withBody) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        byte[] body = JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(withBody ? body.length : 0);
        if (withBody) {
            response.getOutputStream().write(body);
        }
    }
}
