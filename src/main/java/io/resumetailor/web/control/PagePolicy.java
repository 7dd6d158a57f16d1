package io.resumetailor.web.control;

import io.resumetailor.web.entity.SignInOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of everything served outside the API. The Content-Security-Policy
 * allows no inline script and no inline style anywhere: scripts and styles come from this
 * origin only, plus exactly what Google Identity Services documents (its client script,
 * its button frames and stylesheet) when Google sign-in is configured. Framing is refused
 * ({@code frame-ancestors 'none'}); a PDF preview is a {@code blob:} frame of the page's own
 * download. Swagger UI's stylesheet draws its icons as {@code data:} images, so only its
 * page allows those.
 */
public final class PagePolicy {

    private PagePolicy() {
    }

    /** Headers of the app page and its static files. */
    public static Map<String, String> app(SignInOptions signIn) {
        String gsi = signIn.google() ? " " + signIn.origin() + "/gsi/" : "";
        String policy = "default-src 'self'"
                + "; script-src 'self'" + (signIn.google() ? " " + signIn.origin() + "/gsi/client" : "")
                + "; style-src 'self'" + (signIn.google() ? " " + signIn.origin() + "/gsi/style" : "")
                + "; img-src 'self'"
                + "; font-src 'self'"
                + "; connect-src 'self'" + gsi
                + "; frame-src blob:" + gsi
                + "; object-src 'none'"
                + "; base-uri 'none'"
                + "; form-action 'self'"
                + "; frame-ancestors 'none'";
        return headers(policy);
    }

    /** Headers of the Swagger UI page. */
    public static Map<String, String> apiDocs() {
        return headers("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'"
                + "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    }

    private static Map<String, String> headers(String policy) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", policy);
        headers.put("X-Content-Type-Options", "nosniff");
        // Google Identity Services checks the page's origin, which a stricter policy hides
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        // Google's sign-in popup must be able to report back to this window
        headers.put("Cross-Origin-Opener-Policy", "same-origin-allow-popups");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        return headers;
    }
}
