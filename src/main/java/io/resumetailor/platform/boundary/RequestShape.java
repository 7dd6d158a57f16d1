package io.resumetailor.platform.boundary;

import io.resumetailor.problems.boundary.ServletProblems;
import io.resumetailor.problems.entity.Problem;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.logging.Logger;

/**
 * What a request must look like before anything of the application reads it: a request
 * target (path and query) of at most 8 KB (414) and a header section of at most 8 KB (431),
 * as problem documents. Grizzly's own buffer is larger ({@code header-buffer-length-bytes}
 * in {@code server-config}) so that these requests reach the application; beyond that
 * buffer Grizzly answers a bare 400 itself. TRACE is refused with 405 outside {@code /api}
 * (where JAX-RS answers it with the resource's {@code Allow}): the static files' default
 * servlet would echo the request, headers and all.
 * Declared first in {@code web.xml}, for every path.
 */
public class RequestShape implements Filter {

    static final int MAX_TARGET_BYTES = 8 * 1024;
    static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final Logger LOG = Logger.getLogger(RequestShape.class.getName());

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        long target = request.getRequestURI().length()
                + (request.getQueryString() == null ? 0 : request.getQueryString().length() + 1);
        if (target > MAX_TARGET_BYTES) {
            refuse(request, response, Problem.forStatus(414, "The request target (path and query) is longer than "
                    + MAX_TARGET_BYTES + " bytes."));
            return;
        }
        long headers = headerBytes(request);
        if (headers > MAX_HEADER_BYTES) {
            refuse(request, response, Problem.forStatus(431, "The request headers are larger than "
                    + MAX_HEADER_BYTES + " bytes."));
            return;
        }
        if ("TRACE".equals(request.getMethod())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            ServletProblems.write(response, Problem.forStatus(405, "This address does not support that method."), true);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The header section as sent: each field as {@code name: value} and a line break. */
    static long headerBytes(HttpServletRequest request) {
        long bytes = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                bytes += name.length() + 2 + value.length() + 2;
            }
        }
        return bytes;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        LOG.info(() -> request.getMethod() + " " + abbreviated(request.getRequestURI()) + ": " + problem.status());
        Connections.closeAfterAnswer(request, response);
        ServletProblems.write(response, problem, !"HEAD".equals(request.getMethod()));
    }

    private static String abbreviated(String uri) {
        return uri.length() <= 120 ? uri : uri.substring(0, 120) + "...";
    }
}
