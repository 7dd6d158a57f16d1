package io.resumetailor.platform.boundary;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every answer under {@code /api} carries personal data or depends on who asks: no cache
 * (browser, proxy) may keep it ({@code Cache-Control: no-store}), and no browser may
 * guess another type than the declared one ({@code X-Content-Type-Options: nosniff}).
 * Set before the application runs, so that errors of the container (a rejected token) and
 * of the application carry them too; a resource may still set its own {@code Cache-Control}.
 * There are no CORS headers: the API serves its own origin only. The response is also made
 * tolerant of a client that left before the answer ({@link AbortTolerantResponse}).
 */
public class ApiHeaders implements Filter {

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, AbortTolerantResponse.of(response, request.getMethod() + " " + request.getRequestURI()));
    }
}
