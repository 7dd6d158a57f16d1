package io.resumetailor.web.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AppRoutesTest {

    static final String ID = UUID.randomUUID().toString();

    @Test
    void answersTheScreensAddresses() {
        for (String path : new String[]{"/", "/sign-in", "/profile", "/resumes", "/resumes/new", "/resumes/" + ID,
            "/resumes/" + ID + "/export", "/vacancies", "/vacancies/", "/vacancies/new", "/vacancies/" + ID,
            "/vacancies/" + ID + "/tailor", "/generations/" + ID, "/generations/" + ID + "/export", "/usage", "/keys",
            "/account", "/admin", "/admin/users", "/admin/settings", "/admin/usage"}) {
            assertTrue(AppRoutes.isScreen(path), path);
        }
    }

    @Test
    void leavesEverythingElseAlone() {
        for (String path : new String[]{"/resumes/not-an-id", "/resumes/" + ID + "/x", "/app/main.js", "/api", "/api/me",
            "/openapi", "/health/ready", "/favicon.ico", "/no/such/page.html", "/admin/other", "/generations", "//profile"}) {
            assertFalse(AppRoutes.isScreen(path), path);
        }
        assertTrue(AppRoutes.isService("/api/me") && AppRoutes.isService("/openapi") && AppRoutes.isService("/metrics"));
        assertFalse(AppRoutes.isService("/api-docs") || AppRoutes.isService("/app/api.js"));
    }

    /** The client's router (app/router.js) and this table must agree, or a reload lands on a 404. */
    @Test
    void matchesTheClientRouter() throws Exception {
        String router = Files.readString(Path.of("src/main/webapp/app/router.js"));
        var routes = Pattern.compile("\\['(/[^']*)', 'rt-").matcher(router);
        int count = 0;
        while (routes.find()) {
            count++;
            String path = routes.group(1).replace(":id", ID);
            assertTrue(AppRoutes.isScreen(path), "router.js has " + routes.group(1) + " but the server does not answer it");
        }
        assertTrue(count >= 18, "routes found in router.js: " + count);
    }
}
