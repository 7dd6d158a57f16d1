package io.resumetailor.problems.boundary;

import io.resumetailor.problems.control.Problems;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Jersey wraps failures while reading an entity (JSON-B, the multipart parser) in a {@link ProcessingException}. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problems.response(UnreadableBodyMapper.malformed(headers));
    }
}
