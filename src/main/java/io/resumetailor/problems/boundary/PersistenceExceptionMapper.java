package io.resumetailor.problems.boundary;

import io.resumetailor.problems.control.Problems;
import io.resumetailor.problems.entity.Problem;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * A database that cannot be reached (restarting, failing over, out of connections) is a
 * 503 with {@code Retry-After}, not an internal error: the client may simply try again.
 * Anything else from persistence is an unforeseen 500.
 */
@Provider
public class PersistenceExceptionMapper implements ExceptionMapper<PersistenceException> {

    static final Problem UNAVAILABLE = Problem.of("database-unavailable", "Database unavailable", 503,
            "The database is not reachable at the moment; try again in a few seconds.");

    @Override
    public Response toResponse(PersistenceException exception) {
        if (unreachable(exception)) {
            return Response.fromResponse(Problems.response(UNAVAILABLE)).header("Retry-After", "5").build();
        }
        return new FallbackExceptionMapper().toResponse(exception);
    }

    /** SQLState class 08 (connection), 57P01-03 (server shutting down) or 53300 (too many connections). */
    static boolean unreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
                    return true;
                }
            }
            if (cause.getClass().getName().startsWith("jakarta.resource")) {
                return true;
            }
        }
        return false;
    }
}
