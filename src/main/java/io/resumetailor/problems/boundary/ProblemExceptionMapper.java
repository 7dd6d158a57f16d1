package io.resumetailor.problems.boundary;

import io.resumetailor.problems.control.Problems;
import io.resumetailor.problems.entity.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        Response response = Problems.response(exception.problem());
        return exception.retryAfterSeconds() > 0
                ? Response.fromResponse(response).header("Retry-After", Long.toString(exception.retryAfterSeconds())).build()
                : response;
    }
}
