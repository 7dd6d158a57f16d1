package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
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

    @Test
    void abortedUnauthenticatedPostLogsOneLine() throws Exception {
        long from = Files.size(AppServer.logFile());
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
        long from = Files.size(AppServer.logFile());
        String forged = Tokens.signWithOtherKey(Tokens.claims(UUID.randomUUID().toString(), "mallory@example.com", "public").build());
        assertEquals(401, Api.withToken(forged).get("/api/me").status());
        String logged = loggedUntilMarker(from);
        assertNoStackTrace(logged);
        assertEquals(1, records(logged, "GET /api/me"), logged);
        assertEquals(1, records(logged, "bearer token rejected"), logged);
    }

    @Test
    void refusedRequestsLogOneLineEach() throws Exception {
        long from = Files.size(AppServer.logFile());
        var api = SignedInUser.create("refused").api();
        assertEquals(400, api.method("POST", "/api/resumes", "multipart/form-data; boundary=b", "not a form").status());
        assertEquals(400, api.post("/api/vacancies", "{\"company\": [").status());
        String logged = loggedUntilMarker(from);
        assertNoStackTrace(logged);
        assertTrue(records(logged, "POST /api/resumes") <= 1, logged);
        assertEquals(0, records(logged, "SEVERE"), logged);
    }

    @Test
    void clientGoneBeforeTheAnswerLogsOneLine() throws Exception {
        SignedInUser user = SignedInUser.create("gone");
        var created = user.api().post("/api/resumes", ContentLimitsIT.resumeWith("s".repeat(2_000), 30, "d ".repeat(1_000), 100));
        assertEquals(201, created.status(), created.toString());
        long from = Files.size(AppServer.logFile());
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

    /** Log records that mention {@code text} (a record's message is on one line, whatever the log format). */
    private static long records(String logged, String text) {
        return logged.lines().filter(line -> line.contains(text)).count();
    }

    /** What the server logged since {@code from}, up to a marker request logged after everything before it. */
    private static String loggedUntilMarker(long from) throws Exception {
        String marker = "/api/log-marker-" + UUID.randomUUID();
        var answer = RawHttp.exchange(RawHttp.head("GET", marker + "?" + "m".repeat(9000), Map.of()), new byte[0]);
        assertEquals(414, answer.status(), answer.toString());
        String logged = awaitLogged(from, marker);
        return logged.substring(0, logged.indexOf(marker));
    }

    private static String awaitLogged(long from, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            String logged = since(from);
            if (logged.contains(text) || System.nanoTime() > deadline) {
                assertTrue(logged.contains(text), "not logged: " + text + "\n" + logged);
                return logged;
            }
            Thread.sleep(50);
        }
    }

    private static String since(long from) throws IOException {
        byte[] all = Files.readAllBytes(AppServer.logFile());
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
    }
}
