package io.resumetailor.problems.boundary;

import io.resumetailor.problems.control.Problems;
import io.resumetailor.problems.entity.Problem;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors: unknown path (404), wrong method (405), unsupported or
 * unacceptable media type (415/406), {@code @RolesAllowed} refusals (401/403). The
 * exception's message is Jersey's wording and may name classes, so it is not echoed.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (exception instanceof BadRequestException) {
            // Jersey's own 400s are about reading the body: empty, or not the expected JSON or form
            return Problems.response(UnreadableBodyMapper.malformed(headers));
        }
        Response response = Problems.response(Problem.forStatus(status, detail(status)));
        if (exception instanceof NotAllowedException) {
            String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                return Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
            }
        }
        return response;
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 401 -> "A valid bearer token is required.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support that method.";
            case 406 -> "No acceptable representation is available.";
            case 408 -> "The request did not arrive in time.";
            case 413 -> "The request body is too large.";
            case 414 -> "The request target is too long.";
            case 415 -> "This content type is not accepted here.";
            case 431 -> "The request headers are too large.";
            default -> status >= 500 ? "The server could not complete the request." : "The request was refused.";
        };
    }
}
