package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, item 8: a client that gives up, or sends what the service refuses, costs one log
 * line, never a stack trace (an aborted POST used to write about 400 lines). Each test reads
 * the server log from before its request up to a marker request sent after it.
 */
@ExtendWith(AppServer.class)
class LogLinesIT {

    private static final int REPEATS = 20;

    @Test
    void abortedUnauthenticatedPostLogsOneLine() throws Exception {
        long from = ServerLog.position();
        try (Socket socket = new Socket(AppServer.baseUri().getHost(), AppServer.baseUri().getPort())) {
            socket.getOutputStream().write(("POST /api/auth/dev HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"email\":").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }
        awaitLogged(from, "POST /api/auth/dev: body not received");
        String logged = loggedUntilMarker(from);
        assertNoStackTrace(logged);
        assertEquals(1, records(logged, "/api/auth/dev"), logged);
    }

    @Test
    void rejectedTokenLogsOneLine() throws Exception {
        long from = ServerLog.position();
        String forged = Tokens.signWithOtherKey(Tokens.claims(UUID.randomUUID().toString(), "mallory@example.com", "public").build());
        assertEquals(401, Api.withToken(forged).get("/api/me").status());
        String logged = loggedUntilMarker(from);
        assertNoStackTrace(logged);
        assertEquals(1, records(logged, "GET /api/me"), logged);
        assertEquals(1, records(logged, "bearer token rejected"), logged);
    }

    @Test
    void refusedRequestsLogOneLineEach() throws Exception {
        long from = ServerLog.position();
        var api = SignedInUser.create("refused").api();
        // Payara dispatched about one in eight of these quickly answered bodies a second time
        // (BodyBuffering#repeatedDispatch); twenty make a repeat all but certain.
        for (int i = 0; i < REPEATS; i++) {
            assertEquals(400, api.method("POST", "/api/resumes", "multipart/form-data; boundary=b", "not a form").status());
        }
        assertEquals(400, api.post("/api/vacancies", "{\"company\": [").status());
        String logged = loggedUntilMarker(from);
        assertNoStackTrace(logged);
        assertTrue(records(logged, "POST /api/resumes") <= REPEATS, logged);
        assertEquals(0, records(logged, "SEVERE"), logged);
    }

    @Test
    void clientGoneBeforeTheAnswerLogsOneLine() throws Exception {
        SignedInUser user = SignedInUser.create("gone");
        var created = user.api().post("/api/resumes", ContentLimitsIT.resumeWith("s".repeat(2_000), 30, "d ".repeat(1_000), 100));
        assertEquals(201, created.status(), created.toString());
        long from = ServerLog.position();
        try (Socket socket = new Socket(AppServer.baseUri().getHost(), AppServer.baseUri().getPort())) {
            socket.getOutputStream().write(("GET /api/resumes/" + created.json().getString("id") + "/export?format=pdf HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + user.token() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoLinger(true, 0); // closed with a reset while the export is being rendered
        }
        awaitLogged(from, "client gone after");
        String logged = loggedUntilMarker(from);
        assertNoStackTrace(logged);
        assertEquals(1, records(logged, "/export"), logged);
    }

    private static void assertNoStackTrace(String logged) {
        assertFalse(logged.contains("\tat "), "stack trace logged:\n" + logged);
        assertFalse(logged.contains("Exception\n"), "exception logged:\n" + logged);
    }

    private static long records(String logged, String text) {
        return ServerLog.lines(logged, text);
    }

    private static String loggedUntilMarker(long from) throws Exception {
        return ServerLog.untilMarker(from);
    }

    private static void awaitLogged(long from, String text) throws Exception {
        ServerLog.await(from, text, 1, Duration.ofSeconds(10));
    }
}
