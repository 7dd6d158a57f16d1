package io.resumetailor.problems.boundary;

import io.resumetailor.problems.control.Problems;
import io.resumetailor.problems.control.ViolationPaths;
import io.resumetailor.problems.entity.Problem;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;

/** Bean Validation failures, on a request or on an entity about to be written: 400 naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        var errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(ViolationPaths.field(violation), violation.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return Problems.response(Problem.validation(errors));
    }
}
