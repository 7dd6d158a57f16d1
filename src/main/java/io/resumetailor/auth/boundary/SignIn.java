package io.resumetailor.auth.boundary;

import io.resumetailor.auth.control.GoogleIdTokens;
import io.resumetailor.auth.control.TokenIssuer;
import io.resumetailor.auth.entity.GoogleIdentity;
import io.resumetailor.auth.entity.IssuedToken;
import io.resumetailor.platform.control.ConfigLists;
import io.resumetailor.problems.entity.ProblemException;
import io.resumetailor.users.boundary.UserView;
import io.resumetailor.users.boundary.Users;
import io.resumetailor.users.entity.EmailAddresses;
import io.resumetailor.users.entity.User;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exchanges proof of identity for the service's token. Verifying a Google token may fetch
 * Google's keys, so no transaction is open here; the user upsert runs in its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignIn {

    static final String DEV_PREFIX = "dev:";

    @Inject
    GoogleIdTokens google;

    @Inject
    TokenIssuer tokens;

    @EJB

    Users users;

    @Inject
    @ConfigProperty(name = "auth.super-admin-emails")
    Optional<String> superAdminEmails;

    public SignInResponse withGoogle(String idToken) {
        GoogleIdentity identity = google.verify(idToken);
        return issue(users.signIn(identity.subject(), identity.email(), isSuperAdmin(identity.email())));
    }

    public SignInResponse withDevEmail(String email) {
        String normalized = EmailAddresses.normalize(email);
        if (normalized == null) {
            throw ProblemException.invalidField("email", "must be a well-formed email address");
        }
        return issue(users.signIn(DEV_PREFIX + normalized, normalized, isSuperAdmin(normalized)));
    }

    private SignInResponse issue(User user) {
        IssuedToken token = tokens.issue(user);
        return new SignInResponse(token.token(), token.expiresAt(), UserView.of(user));
    }

    boolean isSuperAdmin(String email) {
        return ConfigLists.split(superAdminEmails).stream()
                .anyMatch(listed -> listed.equalsIgnoreCase(email.trim()));
    }
}
