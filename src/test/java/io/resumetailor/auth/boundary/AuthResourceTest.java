package io.resumetailor.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.resumetailor.problems.entity.ProblemException;
import org.junit.jupiter.api.Test;

class AuthResourceTest {

    @Test
    void developmentSignInIsNotFoundWhenDisabled() {
        var resource = new AuthResource();
        resource.devEnabled = false;
        var request = new SignInRequests.Dev();
        request.email = "someone@example.com";
        ProblemException refused = assertThrows(ProblemException.class, () -> resource.dev(request));
        assertEquals(404, refused.problem().status());
    }

    @Test
    void superAdminEmailsMatchCaseInsensitively() {
        var signIn = new SignIn();
        signIn.superAdminEmails = java.util.Optional.of(" Root@Example.com , ops@example.com");
        assertEquals(true, signIn.isSuperAdmin("root@example.com"));
        assertEquals(true, signIn.isSuperAdmin("OPS@example.com"));
        assertEquals(false, signIn.isSuperAdmin("user@example.com"));
    }
}
