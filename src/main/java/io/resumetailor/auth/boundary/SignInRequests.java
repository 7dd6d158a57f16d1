package io.resumetailor.auth.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the sign-in endpoints. Classes with constrained fields rather than
 * records: Payara's OpenAPI generator fails on constraints that records copy onto their
 * constructor parameters.
 */
public final class SignInRequests {

    private SignInRequests() {
    }

    /** A Google ID token as the Google Identity Services client returns it. */
    public static class Google {
        @NotBlank
        @Size(max = 8192)
        public String idToken;
    }

    /** Development sign-in: just an email. */
    public static class Dev {
        @NotBlank
        @Email
        @Size(max = 255)
        public String email;
    }
}
