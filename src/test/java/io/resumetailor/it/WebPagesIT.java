package io.resumetailor.it;

import static io.resumetailor.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The web app as HTTP: deep links answer the app page with its security headers; the API is left alone. */
@ExtendWith(AppServer.class)
class WebPagesIT {

    static final List<String> SCREENS = List.of("/", "/sign-in", "/profile", "/resumes", "/resumes/new",
            "/resumes/" + UUID.randomUUID(), "/resumes/" + UUID.randomUUID() + "/export", "/vacancies", "/vacancies/new",
            "/vacancies/" + UUID.randomUUID(), "/vacancies/" + UUID.randomUUID() + "/tailor", "/generations/" + UUID.randomUUID(),
            "/generations/" + UUID.randomUUID() + "/export", "/usage", "/keys", "/account", "/admin", "/admin/users",
            "/admin/settings", "/admin/usage");

    private final Api api = Api.anonymous();

    @Test
    void everyScreenAddressAnswersTheAppPage() {
        for (String screen : SCREENS) {
            var reply = api.get(screen);
            assertEquals(200, reply.status(), screen);
            assertTrue(reply.contentType().startsWith("text/html"), screen + " " + reply.contentType());
            assertTrue(reply.body().contains("<script type=\"module\" src=\"/app/main.js\"></script>"), screen);
            assertEquals("no-cache", reply.header("Cache-Control"), screen);
        }
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        var reply = api.get("/vacancies");
        String policy = reply.header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self' " + FakeGoogle.instance().origin() + "/gsi/client;"), policy);
        assertTrue(policy.contains("style-src 'self' " + FakeGoogle.instance().origin() + "/gsi/style;"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'") && policy.contains("base-uri 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", reply.header("Referrer-Policy"));
        var script = api.get("/app/main.js");
        assertEquals(200, script.status());
        assertEquals("nosniff", script.header("X-Content-Type-Options"));
        assertTrue(script.contentType().contains("javascript"), script.contentType());
    }

    @Test
    void theAppPageHasNoInlineScriptOrStyle() {
        String page = api.get("/profile").body();
        assertFalse(page.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "inline script: " + page);
        assertFalse(page.contains("<style") || page.contains(" style="), "inline style: " + page);
    }

    @Test
    void theAppPageTellsHowToSignIn() {
        String page = api.get("/sign-in").body();
        assertTrue(page.contains("<meta name=\"google-client-id\" content=\"" + FakeGoogle.CLIENT_ID + "\">"), page);
        assertTrue(page.contains("<meta name=\"google-identity-origin\" content=\"" + FakeGoogle.instance().origin() + "\">"), page);
        assertTrue(page.contains("<meta name=\"dev-sign-in\" content=\"on\">"), page);
    }

    @Test
    void swaggerUiIsServedFromTheWebJar() {
        var page = api.get("/api-docs");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        var bundle = java.util.regex.Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\"").matcher(page.body());
        assertTrue(bundle.find(), page.body());
        var asset = api.get(bundle.group(1));
        assertEquals(200, asset.status());
        assertTrue(asset.header("Cache-Control").contains("immutable"), asset.header("Cache-Control"));
    }

    @Test
    void otherAddressesAndTheApiAreLeftAlone() {
        assertProblem(api.get("/no/such/page.html"), 404, "urn:resume-tailor:problem:not-found");
        assertProblem(api.get("/resumes/not-an-id"), 404, "urn:resume-tailor:problem:not-found");
        assertProblem(api.get("/api/vacancies"), 401, "urn:resume-tailor:problem:unauthorized");
        var json = SignedInUser.create("pages").api().get("/api/usage");
        assertEquals(200, json.status());
        assertNull(json.header("Content-Security-Policy"), "the API's own headers are the lead's, not the pages'");
        var post = api.method("POST", "/profile", "text/plain", "x");
        assertTrue(post.status() >= 400 && !post.body().contains("<html"), "only GET and HEAD answer the page: " + post);
    }
}
