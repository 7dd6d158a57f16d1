package io.resumetailor.web.control;

import java.util.regex.Pattern;

/**
 * The addresses of the app's screens. The server answers each with the app page, so a
 * bookmark or a reload lands on the screen; every other address outside the API keeps
 * its 404 problem. The same table is in {@code app/router.js}.
 */
public final class AppRoutes {

    private static final String ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    static final Pattern SCREENS = Pattern.compile("^/(?:"
            + "|sign-in|profile|usage|keys|account"
            + "|resumes(?:/new|/" + ID + "(?:/export)?)?"
            + "|vacancies(?:/new|/" + ID + "(?:/tailor)?)?"
            + "|generations/" + ID + "(?:/export)?"
            + "|admin(?:/users|/settings|/usage)?"
            + ")/?$");

    private AppRoutes() {
    }

    /** {@code path} is the request path inside the application, e.g. {@code /resumes}. */
    public static boolean isScreen(String path) {
        return path != null && SCREENS.matcher(path).matches();
    }

    public static boolean isApiDocs(String path) {
        return "/api-docs".equals(path) || "/api-docs/".equals(path);
    }

    /** Paths the pages' headers stay off: the API and the operations endpoints answer for themselves. */
    public static boolean isService(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/openapi")
                || path.startsWith("/health") || path.startsWith("/metrics");
    }

    /** Files under a versioned WebJar path never change. */
    public static boolean isImmutable(String path) {
        return path.startsWith("/webjars/");
    }
}
