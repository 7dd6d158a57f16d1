package io.resumetailor.bench;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.devserver.PemKeys;
import io.resumetailor.it.TricklingClients;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * bench/slow-bodies.sh: the service under the slow-body attack of issue 13 (item 2). Starts
 * the WAR as {@code mvn -Prun} does (embedded PostgreSQL, {@code server-config/}), then
 * measures {@code GET /health/ready} and an authenticated {@code GET /api/vacancies} (one
 * client each, one request after the other, 10 s timeout) before the attack, while
 * {@code bench.connections} connections (default 200) trickle a body to
 * {@code POST /api/auth/dev} one byte every {@code bench.interval-ms} (default 2000; each
 * connection that ends is replaced at once), and after it. Prints success rate and latency
 * percentiles per phase, and how the trickled requests ended.
 */
public final class SlowBodiesBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Sample(boolean ok, long micros) {
    }

    public static void main(String[] args) throws Exception {
        int connections = Integer.getInteger("bench.connections", 200);
        Duration interval = Duration.ofMillis(Long.getLong("bench.interval-ms", 2000));
        Duration during = Duration.ofSeconds(Long.getLong("bench.attack-seconds", 45));
        Duration quiet = Duration.ofSeconds(15);
        Path work = EmbeddedStack.projectDir().resolve("target/bench/slow-bodies");
        Path keys = work.resolve("keys");
        PemKeys.ensure(keys);
        try (EmbeddedPostgres postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"), true, false, 0)) {
            Map<String, String> config = EmbeddedStack.serverConfig(postgres, keys);
            int port = EmbeddedStack.freePort();
            URI base = URI.create("http://localhost:" + port);
            Process server = EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"),
                    EmbeddedStack.required("app.war"), port, work.resolve("payara-runtime"), config, List.of("-Xmx1g"),
                    work.resolve("payara.log").toFile());
            try {
                EmbeddedStack.awaitReady(base, server, Duration.ofMinutes(3));
                String token = ScaleOutCheck.signIn(base, "reader@example.com");
                for (int i = 0; i < 20; i++) {
                    ScaleOutCheck.post(base, "/api/vacancies", token, "{\"company\":\"Acme " + i + "\",\"description\":\"Java\"}");
                }
                Map<String, HttpRequest> probes = new LinkedHashMap<>();
                probes.put("GET /health/ready", HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(Duration.ofSeconds(10)).build());
                probes.put("GET /api/vacancies (token)", HttpRequest.newBuilder(base.resolve("/api/vacancies?size=20"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build());
                measure(probes, Duration.ofSeconds(5)); // warm-up, not reported

                List<String[]> rows = new ArrayList<>();
                report(rows, "before", measure(probes, quiet));
                String threadsBefore = threads(base);
                var clients = TricklingClients.start(base, "/api/auth/dev", connections, interval, true);
                Map<String, List<Sample>> attacked;
                String threadsDuring;
                int tricklingAtEnd;
                try {
                    Thread.sleep(2_000);
                    attacked = measure(probes, during);
                    threadsDuring = threads(base);
                    tricklingAtEnd = clients.trickling();
                } finally {
                    clients.close();
                }
                report(rows, "during: " + connections + " trickling bodies", attacked);
                report(rows, "after", measure(probes, quiet));

                System.out.printf("%n%d connections trickling 1 byte every %d ms to POST /api/auth/dev for %d s (each replaced when it ends)%n",
                        connections, interval.toMillis(), during.toSeconds() + 2);
                System.out.printf("%n| phase | probe | requests | answered 200 | p50 | p90 | p99 | max |%n|---|---|---:|---:|---:|---:|---:|---:|%n");
                rows.forEach(row -> System.out.println("| " + String.join(" | ", row) + " |"));
                var outcomes = clients.outcomes();
                Map<String, Long> ends = outcomes.stream().collect(Collectors.groupingBy(
                        o -> o.failure() != null ? "no answer: " + o.failure() : o.status() + (o.isProblem(o.status(),
                                "urn:resume-tailor:problem:request-timeout") ? " problem+json request-timeout" : " " + firstLine(o.head())),
                        TreeMap::new, Collectors.counting()));
                System.out.printf("%n| trickled requests | count |%n|---|---:|%n");
                System.out.printf("| connections opened | %d |%n", clients.opened());
                System.out.printf("| still trickling when the attack stopped | %d |%n", tricklingAtEnd);
                ends.forEach((end, count) -> System.out.printf("| ended: %s | %d |%n", end, count));
                System.out.printf("%n| JVM threads (/metrics thread_count) | before | during |%n|---|---:|---:|%n| live threads | %s | %s |%n",
                        threadsBefore, threadsDuring);
            } finally {
                EmbeddedStack.stop(server);
            }
        }
    }

    /** Each probe on its own thread, one request after the other, for {@code duration}. */
    static Map<String, List<Sample>> measure(Map<String, HttpRequest> probes, Duration duration) throws InterruptedException {
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        probes.forEach((name, request) -> {
            List<Sample> list = Collections.synchronizedList(new ArrayList<>());
            samples.put(name, list);
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (Exception e) {
                        ok = false;
                    }
                    list.add(new Sample(ok, (System.nanoTime() - start) / 1_000));
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        });
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Thread thread : threads) {
            thread.join(15_000);
        }
        return samples;
    }

    static void report(List<String[]> rows, String phase, Map<String, List<Sample>> samples) {
        samples.forEach((probe, list) -> {
            List<Sample> all = List.copyOf(list);
            long[] micros = all.stream().mapToLong(Sample::micros).sorted().toArray();
            long ok = all.stream().filter(Sample::ok).count();
            rows.add(new String[]{phase, probe, Integer.toString(all.size()),
                    all.isEmpty() ? "-" : String.format("%.1f %%", 100.0 * ok / all.size()),
                    millis(micros, 0.50), millis(micros, 0.90), millis(micros, 0.99),
                    micros.length == 0 ? "-" : String.format("%.1f ms", micros[micros.length - 1] / 1000.0)});
        });
    }

    private static String millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.1f ms", sorted[Math.max(0, index)] / 1000.0);
    }

    private static String threads(URI base) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(base.resolve("/metrics")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines().filter(line -> line.matches("^(base_|jvm_)?thread_count[{ ].*"))
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1)).findFirst().orElse("?");
        } catch (Exception e) {
            return "no answer";
        }
    }

    private static String firstLine(String head) {
        int end = head.indexOf("\r\n");
        return end < 0 ? head : head.substring(0, end);
    }
}
