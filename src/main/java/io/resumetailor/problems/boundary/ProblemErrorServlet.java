package io.resumetailor.problems.boundary;

import io.resumetailor.problems.entity.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The container's error page (see {@code web.xml}): errors that happen outside JAX-RS,
 * such as a rejected bearer token (401), a path no servlet serves (404) or an oversized
 * request, get the same problem+json as everything else instead of Payara's HTML page.
 * A rejected token is logged as one line (Payara's own log of it, with a stack trace, is
 * turned down when the application starts, see platform's {@code ContainerLogLevels}).
 */
@WebServlet(name = "problem-error", urlPatterns = ProblemErrorServlet.PATH)
public class ProblemErrorServlet extends HttpServlet {

    static final String PATH = "/_problem";
    private static final Logger LOG = Logger.getLogger(ProblemErrorServlet.class.getName());

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
        if (status == 401 && request.getHeader("Authorization") != null) {
            LOG.info(() -> request.getMethod() + " " + uri + ": bearer token rejected: 401");
        }
        Problem problem = Problem.forStatus(status, detail).withInstance(uri == null ? null : uri.toString());
        ServletProblems.write(response, problem, !"HEAD".equals(request.getMethod()));
    }
}
