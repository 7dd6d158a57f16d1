package io.resumetailor.resumes.boundary;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.resumes.control.IncompleteResume;
import io.resumetailor.resumes.entity.ResumeContent;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * An import refused for want of a name or an email is a problem document that also carries
 * what was read ({@code resume.content}, {@code uncertainFields}), as RFC 9457 allows extension
 * members, so that a client can let the user complete it and save it with {@code POST
 * /api/resumes} instead of starting over.
 */
@Provider
public class IncompleteResumeMapper implements ExceptionMapper<IncompleteResume> {

    /** The problem's members plus the partial parse. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "resume", "uncertainFields"})
    public record Body(String type, String title, int status, String detail, Partial resume, List<String> uncertainFields) {
    }

    public record Partial(ResumeContent content) {
    }

    @Override
    public Response toResponse(IncompleteResume exception) {
        Problem problem = exception.problem();
        return Response.status(problem.status()).type(Problem.MEDIA)
                .entity(new Body(problem.type(), problem.title(), problem.status(), problem.detail(),
                        new Partial(exception.partial()), exception.uncertain()))
                .build();
    }
}
