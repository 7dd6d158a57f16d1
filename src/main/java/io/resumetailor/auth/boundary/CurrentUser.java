package io.resumetailor.auth.boundary;

import io.resumetailor.auth.entity.Caller;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.users.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * The signed-in caller of this request, as {@link TokenFreshness} verified it: id from the
 * token's {@code sub}, role from the database. Nothing here parses the token again or
 * injects {@code JsonWebToken} (whose producer costs a failing JNDI lookup per request).
 */
@RequestScoped
public class CurrentUser {

    private Caller caller;

    void verified(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        if (caller == null) {
            throw new ProblemException(Problem.forStatus(401, "A valid bearer token is required."));
        }
        return caller;
    }

    public UUID id() {
        return caller().id();
    }

    public Role role() {
        return caller().role();
    }
}
