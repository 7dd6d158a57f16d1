package io.resumetailor.problems.boundary;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * The EJB container wraps system exceptions (a failed Bean Validation of a service
 * parameter, a persistence error) in {@link EJBException}; map what is inside.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(EJBException exception) {
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception.getCausedByException();
        while (cause instanceof EJBException nested && nested.getCause() != null && nested.getCause() != nested) {
            cause = nested.getCause();
        }
        if (cause == null || cause instanceof EJBException) {
            return new FallbackExceptionMapper().toResponse(exception);
        }
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        return mapper == null ? new FallbackExceptionMapper().toResponse(cause) : mapper.toResponse(cause);
    }
}
