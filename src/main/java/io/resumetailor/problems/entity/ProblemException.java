package io.resumetailor.problems.entity;

import jakarta.ejb.ApplicationException;

/**
 * A domain rule said no. Unchecked and rolled back; mapped to problem+json in one place.
 * The message is the {@code detail} shown to the client, so it never carries secrets.
 */
@ApplicationException(rollback = true)
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final long retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, 0);
    }

    /** A refusal that ends by itself after {@code retryAfterSeconds} (sent as {@code Retry-After}; 0: none). */
    public ProblemException(Problem problem, long retryAfterSeconds) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.forStatus(404, what + " not found"));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Problem.of(slug, "Conflict", 409, detail));
    }


    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.validation(java.util.List.of(new Problem.FieldError(field, message))));
    }
}
