package io.resumetailor.problems.boundary;

import io.resumetailor.problems.control.Problems;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Jersey wraps JSON-B failures while reading an entity in a {@link ProcessingException}. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problems.response(UnreadableBodyMapper.MALFORMED);
    }
}
