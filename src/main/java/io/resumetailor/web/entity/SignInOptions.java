package io.resumetailor.web.entity;

import java.net.URI;
import java.util.Optional;

/**
 * How people can sign in on this server, as the sign-in screen needs to know before it
 * can call anything: the Google client id (when Google sign-in is configured), where Google
 * Identity Services is loaded from, and whether development sign-in is on.
 *
 * @param googleClientId the OAuth client id the Google button is made for
 * @param googleOrigin   origin of Google Identity Services ({@code https://accounts.google.com});
 *                       the page loads {@code /gsi/client} from it and allows its frames
 * @param devSignIn      {@code POST /api/auth/dev} answers
 */
public record SignInOptions(Optional<String> googleClientId, URI googleOrigin, boolean devSignIn) {

    public SignInOptions {
        String scheme = googleOrigin.getScheme();
        if (!("https".equals(scheme) || "http".equals(scheme)) || googleOrigin.getHost() == null
                || !(googleOrigin.getPath() == null || googleOrigin.getPath().isEmpty())) {
            throw new IllegalArgumentException("web.google.identity-origin must be an origin such as https://accounts.google.com, not "
                    + googleOrigin);
        }
    }

    public boolean google() {
        return googleClientId.isPresent();
    }

    /** The origin as CSP and script URLs write it: scheme, host and port, no trailing slash. */
    public String origin() {
        return googleOrigin.getScheme() + "://" + googleOrigin.getAuthority();
    }
}
