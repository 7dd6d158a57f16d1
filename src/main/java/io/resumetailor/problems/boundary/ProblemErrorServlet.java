package io.resumetailor.problems.boundary;

import io.resumetailor.problems.entity.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's error page (see {@code web.xml}): errors that happen outside JAX-RS,
 * such as a rejected bearer token (401), a path no servlet serves (404) or an oversized
 * request, get the same problem+json as everything else instead of Payara's HTML page.
 */
@WebServlet(name = "problem-error", urlPatterns = ProblemErrorServlet.PATH)
public class ProblemErrorServlet extends HttpServlet {

    static final String PATH = "/_problem";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        if (status < 400) {
            status = 500;
        }
        String detail = status == 401
                ? "A valid bearer token is required."
                : WebApplicationExceptionMapper.detail(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = Problem.forStatus(status, detail).withInstance(uri == null ? null : uri.toString());
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8));
        }
    }
}
