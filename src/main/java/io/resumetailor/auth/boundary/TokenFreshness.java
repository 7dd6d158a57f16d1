package io.resumetailor.auth.boundary;

import io.resumetailor.auth.entity.Caller;
import io.resumetailor.problems.control.Problems;
import io.resumetailor.problems.entity.Problem;
import io.resumetailor.users.boundary.Users;
import io.resumetailor.users.entity.Role;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the container's token check leaves out. Payara accepts a token issued in the
 * future or not valid yet ({@code iat}, {@code nbf}); and a token stays valid until it
 * expires even if the user was demoted or deleted meanwhile. Both are refused here, on
 * every request, before authorization: the role in the token must be the user's role now.
 * The id and the role read here are handed on to the request's {@link CurrentUser}.
 * A CDI bean, so that the users facade comes in by {@code @EJB}: called through a Weld
 * proxy, a no-interface EJB costs an exception per call inside Payara
 * ({@code Proxy.getInvocationHandler} on a reference that is not a JDK proxy).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class TokenFreshness implements ContainerRequestFilter {

    @EJB

    Users users;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "30")
    long skewSeconds;

    @Override
    public void filter(ContainerRequestContext request) {
        var security = request.getSecurityContext();
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (!(principal instanceof JsonWebToken token)) {
            return;
        }
        long latest = Instant.now().getEpochSecond() + skewSeconds;
        if (token.getIssuedAtTime() > latest || seconds(token.getClaim("nbf")) > latest) {
            reject(request, "The token is not valid yet.");
            return;
        }
        Optional<UUID> id = subject(token);
        Optional<Role> role = id.flatMap(users::currentRole);
        if (role.isEmpty()) {
            reject(request, "The account behind this token no longer exists.");
            return;
        }
        Set<String> groups = token.getGroups();
        if (groups != null && !groups.isEmpty() && !groups.equals(Set.of(role.get().label()))) {
            reject(request, "Your role has changed; sign in again.");
            return;
        }
        currentUser.verified(new Caller(id.get(), role.get()));
    }

    private static Optional<UUID> subject(JsonWebToken token) {
        try {
            return Optional.of(UUID.fromString(token.getSubject()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long seconds(Object claim) {
        if (claim instanceof Number number) {
            return number.longValue();
        }
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        return Long.MIN_VALUE;
    }

    private static void reject(ContainerRequestContext request, String detail) {
        request.abortWith(Problems.response(Problem.of("stale-token", "Token no longer valid", 401, detail)));
    }
}
