package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** The test server's log, read from a position taken before a test's requests. */
final class ServerLog {

    private ServerLog() {
    }

    static long position() throws IOException {
        return Files.size(AppServer.logFile());
    }

    /** What was logged since {@code from}. */
    static String since(long from) throws IOException {
        byte[] all = Files.readAllBytes(AppServer.logFile());
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
    }

    /** Lines that mention {@code text} (a record's message is on one line, whatever the log format). */
    static long lines(String logged, String text) {
        return logged.lines().filter(line -> line.contains(text)).count();
    }

    /** Waits until {@code text} was logged {@code times} times since {@code from}; what was logged. */
    static String await(long from, String text, int times, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String logged = since(from);
            if (lines(logged, text) >= times || System.nanoTime() > deadline) {
                assertTrue(lines(logged, text) >= times, "not logged " + times + " times: " + text + "\n" + logged);
                return logged;
            }
            Thread.sleep(50);
        }
    }

    /**
     * What was logged since {@code from} and before a marker request sent now: everything
     * the requests before the marker logged on the request's own thread is in it.
     */
    static String untilMarker(long from) throws IOException, InterruptedException {
        String marker = "/api/log-marker-" + UUID.randomUUID();
        var answer = RawHttp.exchange(RawHttp.head("GET", marker + "?" + "m".repeat(9000), Map.of()), new byte[0]);
        assertEquals(414, answer.status(), answer.toString());
        String logged = await(from, marker, 1, Duration.ofSeconds(10));
        return logged.substring(0, logged.indexOf(marker));
    }
}
