package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
