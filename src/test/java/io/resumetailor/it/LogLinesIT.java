package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final HttpClient HTTP_2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

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

    /** HTTP/1.1, as browsers speak to the service behind its proxy. */
    @Test
    void refusedRequestsLogOneLineEach() throws Exception {
        long from = ServerLog.position();
        SignedInUser user = SignedInUser.create("refused");
        assertEquals(400, send(HTTP_1_1, user, "/api/resumes", "multipart/form-data; boundary=b", "not a form"));
        assertEquals(400, send(HTTP_1_1, user, "/api/vacancies", "application/json", "{\"company\": ["));
        String logged = loggedUntilMarker(from);
        assertNoStackTrace(logged);
        assertEquals(1, records(logged, "POST /api/resumes"), logged);
        assertEquals(0, records(logged, "SEVERE"), logged);
    }

    /**
     * Over cleartext HTTP/2 (Java's HttpClient upgrades to it), Payara dispatched about one
     * in fifteen quickly answered bodies a second time; the application then ran again
     * without a request context and logged a 500 nobody received (a CI failure). HTTP/2
     * bodies are now read on the worker ({@code WorkerReadBodies}), without an async
     * dispatch; fifty refused bodies log fifty lines and nothing else.
     */
    @Test
    void bodiesOverHttp2RunTheApplicationOnce() throws Exception {
        long from = ServerLog.position();
        SignedInUser user = SignedInUser.create("h2c");
        for (int i = 0; i < 50; i++) {
            assertEquals(400, send(HTTP_2, user, "/api/resumes", "multipart/form-data; boundary=b", "not a form"));
        }
        String logged = loggedUntilMarker(from);
        assertEquals(0, records(logged, "SEVERE"), logged);
        assertEquals(0, records(logged, "incident"), logged);
        assertEquals(50, records(logged, "POST /api/resumes: The multipart/form-data body is not well-formed"), logged);
    }

    /**
     * Large bodies (read without a worker, then dispatched) over cleartext HTTP/2 reach the
     * application whole and once: a repeated dispatch that ran the application on the raw,
     * already consumed input answered 400 "not valid JSON" to a valid resume (a CI failure).
     */
    @Test
    void largeBodiesOverHttp2ArriveWholeAndOnce() throws Exception {
        long from = ServerLog.position();
        SignedInUser user = SignedInUser.create("h2c-large");
        String resume = ContentLimitsIT.resumeWith("s".repeat(4_000), 40, "d ".repeat(2_000), 100); // about 160 KB
        for (int i = 0; i < 40; i++) {
            assertEquals(201, send(HTTP_2, user, "/api/resumes", "application/json", resume), "request " + i);
        }
        assertEquals(40, user.api().get("/api/resumes?size=100").json().getInt("total"));
        String logged = loggedUntilMarker(from);
        assertEquals(0, records(logged, "SEVERE"), logged);
    }

    private static int send(HttpClient client, SignedInUser user, String path, String contentType, String body)
            throws Exception {
        return client.send(HttpRequest.newBuilder(AppServer.baseUri().resolve(path))
                .header("Authorization", "Bearer " + user.token()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
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
