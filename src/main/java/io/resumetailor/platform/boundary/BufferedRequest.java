package io.resumetailor.platform.boundary;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The request as the application sees it once {@link BodyBuffering} has received its whole
 * body: the body is read from memory. Form parameters of an
 * {@code application/x-www-form-urlencoded} body are not parsed from it (no endpoint
 * takes one; JAX-RS reads the stream itself).
 */
final class BufferedRequest extends HttpServletRequestWrapper {

    private final ReceivedBody body;
    private ServletInputStream stream;
    private BufferedReader reader;

    BufferedRequest(HttpServletRequest request, ReceivedBody body) {
        super(request);
        this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
        if (reader != null) {
            throw new IllegalStateException("getReader() was called before");
        }
        if (stream == null) {
            stream = body.stream();
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() {
        if (stream != null) {
            throw new IllegalStateException("getInputStream() was called before");
        }
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(body.stream(), charset));
        }
        return reader;
    }

    /**
     * Roles as MicroProfile JWT defines them: the groups of the token the container verified.
     * In an async dispatch Payara answers {@code isUserInRole} without the servlet's security
     * context and said yes to a role the caller does not have (a {@code public} user passed
     * {@code @RolesAllowed("super_admin")} on a PUT), so the answer is taken from the token.
     * No principal, or another kind, has no role.
     */
    @Override
    public boolean isUserInRole(String role) {
        return getUserPrincipal() instanceof JsonWebToken token && token.getGroups() != null
                && token.getGroups().contains(role);
    }

    @Override
    public int getContentLength() {
        return body.length();
    }

    @Override
    public long getContentLengthLong() {
        return body.length();
    }
}
