package io.resumetailor.problems.boundary;

import io.resumetailor.problems.control.Problems;
import io.resumetailor.problems.entity.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Malformed JSON, a wrong type for a field, an unknown enum value: the body could not be
 * read. The parser's message names Java classes, so a fixed detail is returned instead.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    public static final Problem MALFORMED = Problem.of("malformed-body", "Malformed request body", 400,
            "The request body is not valid JSON of the expected shape.");

    public static final Problem MALFORMED_MULTIPART = Problem.of("malformed-body", "Malformed request body", 400,
            "The multipart/form-data body could not be read.");

    /** The malformed-body problem in the words of the body's media type (JSON unless it is a multipart form). */
    static Problem malformed(HttpHeaders headers) {
        MediaType type = headers == null ? null : headers.getMediaType();
        return type != null && "multipart".equalsIgnoreCase(type.getType()) ? MALFORMED_MULTIPART : MALFORMED;
    }

    @Override
    public Response toResponse(JsonbException exception) {
        return Problems.response(MALFORMED);
    }
}
