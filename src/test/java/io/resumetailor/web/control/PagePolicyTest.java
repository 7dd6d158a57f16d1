package io.resumetailor.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.web.entity.SignInOptions;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PagePolicyTest {

    static final URI GOOGLE = URI.create("https://accounts.google.com");

    @Test
    void allowsNoInlineScriptOrStyleAndNoFraming() {
        for (String policy : new String[]{
            PagePolicy.app(new SignInOptions(Optional.empty(), GOOGLE, true)).get("Content-Security-Policy"),
            PagePolicy.app(new SignInOptions(Optional.of("id.apps.googleusercontent.com"), GOOGLE, false)).get("Content-Security-Policy"),
            PagePolicy.apiDocs().get("Content-Security-Policy")}) {
            assertFalse(policy.contains("'unsafe-inline'") || policy.contains("'unsafe-eval'") || policy.contains("*"), policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
            assertTrue(policy.contains("object-src 'none'") && policy.contains("base-uri 'none'"), policy);
        }
    }

    @Test
    void namesGoogleOnlyWhenGoogleSignInIsConfigured() {
        String without = PagePolicy.app(new SignInOptions(Optional.empty(), GOOGLE, true)).get("Content-Security-Policy");
        assertFalse(without.contains("google"), without);
        assertTrue(without.contains("script-src 'self';"), without);
        String with = PagePolicy.app(new SignInOptions(Optional.of("id.apps.googleusercontent.com"), GOOGLE, false))
                .get("Content-Security-Policy");
        assertTrue(with.contains("script-src 'self' https://accounts.google.com/gsi/client;"), with);
        assertTrue(with.contains("style-src 'self' https://accounts.google.com/gsi/style;"), with);
        assertTrue(with.contains("frame-src blob: https://accounts.google.com/gsi/;"), with);
        assertTrue(with.contains("connect-src 'self' https://accounts.google.com/gsi/;"), with);
    }

    @Test
    void setsTheOtherPageHeaders() {
        var headers = PagePolicy.app(new SignInOptions(Optional.empty(), GOOGLE, false));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", headers.get("Referrer-Policy"));
    }

    @Test
    void refusesAnIdentityOriginThatIsNoOrigin() {
        assertThrows(IllegalArgumentException.class, () -> new SignInOptions(Optional.empty(), URI.create("https://accounts.google.com/gsi"), false));
        assertThrows(IllegalArgumentException.class, () -> new SignInOptions(Optional.empty(), URI.create("javascript:alert(1)"), false));
        assertEquals("http://127.0.0.1:8089", new SignInOptions(Optional.empty(), URI.create("http://127.0.0.1:8089"), false).origin());
    }
}
