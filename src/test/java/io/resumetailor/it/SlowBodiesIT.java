package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, item 2: clients that trickle a request body used to hold one worker each, and
 * about 70 of them stopped the service. Bodies are now received without a worker and must
 * arrive within {@code http.body.read-timeout-seconds} (3 s on the test server).
 */
@ExtendWith(AppServer.class)
class SlowBodiesIT {

    private static final int CONNECTIONS = 100;

    @Test
    void trickledBodiesLeaveTheServiceAnsweringAndEndWith408() throws Exception {
        try (var clients = TricklingClients.start(AppServer.baseUri(), "/api/auth/dev", CONNECTIONS, Duration.ofMillis(500),
                false)) {
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                var reply = Api.anonymous().get("/health/ready");
                millis.add((System.nanoTime() - start) / 1_000_000);
                assertEquals(200, reply.status(), reply.toString());
            }
            assertEquals(CONNECTIONS, clients.trickling(), "every trickling client is still sending while readiness answers");
            long slowest = millis.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertTrue(slowest < 2_000, "readiness took " + millis + " ms with " + CONNECTIONS + " bodies trickling");

            long deadline = System.nanoTime() + Duration.ofSeconds(TestConfig.SLOW_BODY_DEADLINE_SECONDS + 10).toNanos();
            while (clients.outcomes().size() < CONNECTIONS && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            var outcomes = clients.outcomes();
            assertEquals(CONNECTIONS, outcomes.size(), "exchanges ended: " + outcomes.size());
            for (var outcome : outcomes) {
                assertTrue(outcome.isProblem(408, "urn:resume-tailor:problem:request-timeout"), outcome.toString());
            }
        }
    }

    /** Java's HttpClient asks its first request to switch to HTTP/2 (Upgrade: h2c), body and all. */
    @Test
    void aFirstRequestAskingForHttp2WithABodyIsAnswered() throws Exception {
        for (int i = 0; i < 3; i++) {
            var client = HttpClient.newHttpClient();
            var reply = client.send(HttpRequest.newBuilder(AppServer.baseUri().resolve("/api/auth/dev"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"upgrade-" + i + "@example.com\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reply.statusCode(), reply.body());
            assertEquals(HttpClient.Version.HTTP_2, reply.version());
            assertTrue(reply.body().contains("\"token\""), reply.body());
        }
    }

    /**
     * Those bodies are read on a worker (Grizzly switches protocols only then), so at most
     * eight at once; the others are refused at once. Grizzly answers them on the new HTTP/2
     * stream, so the outcome is read from the server's log.
     */
    @Test
    void tricklingUpgradeRequestsHoldAtMostEightWorkers() throws Exception {
        int connections = 20;
        long from = ServerLog.position();
        String upgrade = "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n";
        try (var clients = TricklingClients.start(AppServer.baseUri(), "/api/auth/dev", upgrade, connections,
                Duration.ofMillis(500), false)) {
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                assertEquals(200, Api.anonymous().get("/health/ready").status());
                assertTrue(System.nanoTime() - start < 2_000_000_000L, "readiness slow with upgrade bodies trickling");
            }
            Duration wait = Duration.ofSeconds(TestConfig.SLOW_BODY_DEADLINE_SECONDS + 15);
            String logged = ServerLog.await(from, "upgrade request bodies already being read: 503", connections - 8, wait);
            logged = ServerLog.await(from, "upgrade request refused: 408", 8, wait);
            assertEquals(connections - 8, ServerLog.lines(logged, "already being read: 503"), logged);
        }
    }
}
