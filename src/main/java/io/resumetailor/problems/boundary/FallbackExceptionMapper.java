package io.resumetailor.problems.boundary;

import io.resumetailor.problems.control.Problems;
import io.resumetailor.problems.entity.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not foreseen: 500 with an incident id the operator can find in the log.
 * The exception itself stays in the log.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, exception);
        return Problems.response(Problem.forStatus(500,
                "The server could not complete the request (incident " + incident + ")."));
    }
}
