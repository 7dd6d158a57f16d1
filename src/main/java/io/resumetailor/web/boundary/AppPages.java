package io.resumetailor.web.boundary;

import io.resumetailor.web.control.AppRoutes;
import io.resumetailor.web.control.PagePolicy;
import io.resumetailor.web.control.PageTemplates;
import io.resumetailor.web.entity.SignInOptions;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves the web app from the WAR: a {@code GET} of a screen's address answers the app
 * page (the client-side router then shows that screen), {@code /api-docs} answers Swagger
 * UI, and everything outside the API gets the pages' security headers. The API, OpenAPI,
 * health and metrics pass untouched.
 */
@WebFilter(filterName = "app-pages", urlPatterns = "/*", asyncSupported = true)
public class AppPages extends HttpFilter {

    @Inject
    @ConfigProperty(name = "auth.google.client-ids")
    Optional<String> googleClientIds;

    @Inject
    @ConfigProperty(name = "web.google.identity-origin", defaultValue = "https://accounts.google.com")
    String googleOrigin;

    @Inject
    @ConfigProperty(name = "auth.dev.enabled", defaultValue = "false")
    boolean devEnabled;

    private byte[] appPage;
    private byte[] apiDocsPage;
    private Map<String, String> appHeaders;
    private Map<String, String> apiDocsHeaders;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        // the web client's id is the first of the accepted ones; the others may be mobile apps
        Optional<String> clientId = googleClientIds.flatMap(ids -> Arrays.stream(ids.split(","))
                .map(String::trim).filter(id -> !id.isEmpty()).findFirst());
        SignInOptions signIn = new SignInOptions(clientId, URI.create(googleOrigin.trim()), devEnabled);
        var context = config.getServletContext();
        appPage = PageTemplates.app(context::getResourceAsStream, signIn);
        apiDocsPage = PageTemplates.apiDocs(context::getResourceAsStream);
        appHeaders = PagePolicy.app(signIn);
        apiDocsHeaders = PagePolicy.apiDocs();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (AppRoutes.isService(path)) {
            chain.doFilter(request, response);
            return;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && AppRoutes.isScreen(path)) {
            page(request, response, appPage, appHeaders);
        } else if (read && AppRoutes.isApiDocs(path)) {
            page(request, response, apiDocsPage, apiDocsHeaders);
        } else {
            appHeaders.forEach(response::setHeader);
            response.setHeader("Cache-Control", AppRoutes.isImmutable(path) ? "public, max-age=31536000, immutable" : "no-cache");
            chain.doFilter(request, response);
        }
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, byte[] page, Map<String, String> headers)
            throws IOException {
        headers.forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page);
        }
    }
}
