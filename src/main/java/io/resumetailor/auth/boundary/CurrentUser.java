package io.resumetailor.auth.boundary;

import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in user of this request, from the container-verified token's {@code sub}. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    public UUID id() {
        String subject = token == null ? null : token.getSubject();
        if (subject == null) {
            throw new ProblemException(Problem.forStatus(401, "A valid bearer token is required."));
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.forStatus(401, "A valid bearer token is required."));
        }
    }
}
