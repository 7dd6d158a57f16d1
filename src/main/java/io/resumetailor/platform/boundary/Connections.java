package io.resumetailor.platform.boundary;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Ending a connection after refusing a request whose body will not be read. */
final class Connections {

    private Connections() {
    }

    /**
     * Asks the server to close an HTTP/1.x connection after this answer: the rest of the
     * refused body would otherwise be read to keep the connection. HTTP/2 has no such header
     * (a connection-specific header is a protocol error there; the stream simply ends).
     */
    static void closeAfterAnswer(ServletRequest request, HttpServletResponse response) {
        if (request.getProtocol() != null && request.getProtocol().startsWith("HTTP/1")) {
            response.setHeader("Connection", "close");
        }
    }
}
