package io.resumetailor.bench;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.devserver.PemKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Two instances of the service on one PostgreSQL, on loopback: both start (and migrate)
 * at once, a daily limit of N admits exactly N of N+1 concurrent calls spread over both,
 * a settings change made through one is seen by the other, and both cleanup timers
 * running against the same rows do no harm. Prints a table; exits non-zero on a failure.
 */
public final class ScaleOutCheck {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Path work = EmbeddedStack.projectDir().resolve("target/bench/scale-out");
        Path keys = work.resolve("keys");
        PemKeys.ensure(keys);
        List<String[]> results = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"), true, false, 0)) {
            Map<String, String> config = EmbeddedStack.serverConfig(postgres, keys);
            config.put("auth.super-admin-emails", "admin@example.com");
            config.put("tailoring.cleanup.schedule", "* *");
            config.put("llm.openai.base-url", "http://127.0.0.1:9/v1");
            config.put("llm.max-attempts", "1");
            int[] ports = {EmbeddedStack.freePort(), EmbeddedStack.freePort()};
            List<Process> servers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                servers.add(EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"), EmbeddedStack.required("app.war"),
                        ports[i], work.resolve("payara-" + i), config, List.of("-Xmx768m"), work.resolve("payara-" + i + ".log").toFile()));
            }
            try {
                URI a = URI.create("http://localhost:" + ports[0]);
                URI b = URI.create("http://localhost:" + ports[1]);
                EmbeddedStack.awaitReady(a, servers.get(0), Duration.ofMinutes(4));
                EmbeddedStack.awaitReady(b, servers.get(1), Duration.ofMinutes(4));
                DataSource db = postgres.getPostgresDatabase();
                long changesets = single(db, "SELECT count(*) FROM databasechangelog");
                results.add(new String[]{"both started together; changesets applied", Long.toString(changesets), changesets == 2 ? "ok" : "FAIL"});

                String token = signIn(a, "user@example.com");
                String resume = field(post(a, "/api/resumes", token, RESUME), "id");
                String vacancy = field(post(b, "/api/vacancies", token, "{\"company\":\"Acme\",\"description\":\"Required: Java, PostgreSQL\"}"), "id");
                int limit = 5;
                AtomicInteger created = new AtomicInteger();
                AtomicInteger refused = new AtomicInteger();
                CountDownLatch start = new CountDownLatch(1);
                List<Thread> threads = new ArrayList<>();
                for (int i = 0; i < limit + 1; i++) {
                    URI target = i % 2 == 0 ? a : b;
                    Thread thread = new Thread(() -> {
                        try {
                            start.await();
                            int status = post(target, "/api/vacancies/" + vacancy + "/generations", token,
                                    "{\"resumeId\":\"" + resume + "\"}").statusCode();
                            (status == 201 ? created : refused).incrementAndGet();
                        } catch (Exception e) {
                            refused.addAndGet(1000);
                        }
                    });
                    thread.start();
                    threads.add(thread);
                }
                start.countDown();
                for (Thread thread : threads) {
                    thread.join();
                }
                results.add(new String[]{"limit 5, 6 concurrent generations over both instances: admitted / refused",
                        created + " / " + refused, created.get() == limit && refused.get() == 1 ? "ok" : "FAIL"});

                String admin = signIn(a, "admin@example.com");
                String adminOnB = signIn(b, "admin@example.com");
                put(a, "/api/admin/settings/byok_enabled", admin, "{\"value\":false}");
                long changed = System.nanoTime();
                long seenAfter = -1;
                String vacancyB = field(post(b, "/api/vacancies", adminOnB, "{\"company\":\"Acme\",\"description\":\"Java\"}"), "id");
                String resumeB = field(post(b, "/api/resumes", adminOnB, RESUME), "id");
                while (System.nanoTime() - changed < 5_000_000_000L) {
                    var reply = HTTP.send(HttpRequest.newBuilder(b.resolve("/api/vacancies/" + vacancyB + "/generations"))
                            .header("Authorization", "Bearer " + adminOnB).header("Content-Type", "application/json")
                            .header("X-LLM-Provider", "openai").header("X-LLM-Key", "sk-scale-out")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"resumeId\":\"" + resumeB + "\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (reply.statusCode() == 403 && reply.body().contains("byok-disabled")) {
                        seenAfter = (System.nanoTime() - changed) / 1_000_000;
                        break;
                    }
                    Thread.sleep(50);
                }
                put(a, "/api/admin/settings/byok_enabled", admin, "{\"value\":true}");
                results.add(new String[]{"byok_enabled=false set on A, refused on B after (ms)", Long.toString(seenAfter),
                        seenAfter >= 0 && seenAfter <= 1_100 ? "ok" : "FAIL"});

                try (Connection connection = db.getConnection(); var statement = connection.createStatement()) {
                    statement.execute("INSERT INTO generations (vacancy_id, resume_id, content, match_score_before, match_score_after, expires_at)"
                            + " SELECT '" + vacancy + "', '" + resume + "', '{}', 1, 2, (now() AT TIME ZONE 'UTC') - interval '1 minute' * i"
                            + " FROM generate_series(1, 20000) i");
                }
                long expiredBefore = single(db, "SELECT count(*) FROM generations WHERE expires_at <= now() AT TIME ZONE 'UTC'");
                long live = single(db, "SELECT count(*) FROM generations WHERE expires_at > now() AT TIME ZONE 'UTC'");
                long deadline = System.nanoTime() + 150_000_000_000L;
                while (System.nanoTime() < deadline && single(db, "SELECT count(*) FROM generations WHERE expires_at <= now() AT TIME ZONE 'UTC'") > 0) {
                    Thread.sleep(2_000);
                }
                long expiredAfter = single(db, "SELECT count(*) FROM generations WHERE expires_at <= now() AT TIME ZONE 'UTC'");
                long liveAfter = single(db, "SELECT count(*) FROM generations WHERE expires_at > now() AT TIME ZONE 'UTC'");
                int ran = 0;
                for (int i = 0; i < 2; i++) {
                    ran += Files.readString(work.resolve("payara-" + i + ".log")).contains("expired generations") ? 1 : 0;
                }
                boolean errors = false;
                for (int i = 0; i < 2; i++) {
                    String log = Files.readString(work.resolve("payara-" + i + ".log"));
                    errors |= log.contains("GenerationCleanup") && log.contains("SEVERE");
                }
                results.add(new String[]{"cleanup timers on both, expired " + expiredBefore + " / live " + live + " before",
                        "expired " + expiredAfter + ", live " + liveAfter + ", instances that deleted: " + ran + ", errors: " + errors,
                        expiredAfter == 0 && liveAfter == live && !errors ? "ok" : "FAIL"});

                if (Boolean.parseBoolean(System.getProperty("bench.throughput", "true"))) {
                    throughput(work, a, ports, token, results);
                }
            } finally {
                for (Process server : servers) {
                    EmbeddedStack.stop(server);
                }
            }
        }
        System.out.printf("%n| check | figure | result |%n|---|---|---|%n");
        boolean failed = false;
        for (String[] row : results) {
            System.out.printf("| %s | %s | %s |%n", row[0], row[1], row[2]);
            failed |= row[2].equals("FAIL");
        }
        if (failed) {
            System.exit(1);
        }
    }

    /** wrk on GET /api/vacancies: one instance directly, then both behind nginx (round robin), warmed first. */
    static void throughput(Path work, URI a, int[] ports, String token, List<String[]> results) throws Exception {
        int lbPort = EmbeddedStack.freePort();
        Path conf = work.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/nginx-body;
                  proxy_temp_path %1$s/nginx-proxy;
                  upstream app { server 127.0.0.1:%2$d; server 127.0.0.1:%3$d; keepalive 64; }
                  server {
                    listen 127.0.0.1:%4$d;
                    location / { proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection ""; }
                  }
                }
                """.formatted(work, ports[0], ports[1], lbPort));
        Process nginx = new ProcessBuilder("nginx", "-c", conf.toString(), "-p", work.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
        try {
            Thread.sleep(1_000);
            String path = "/api/vacancies?size=20";
            URI lb = URI.create("http://127.0.0.1:" + lbPort);
            LoadBench.wrk(a + path, token, null);
            LoadBench.wrk(lb + path, token, null);
            var one = LoadBench.wrk(a + path, token, null);
            var two = LoadBench.wrk(lb + path, token, null);
            results.add(new String[]{"GET /api/vacancies, one instance direct: req/s (p50, p99)",
                    String.format("%.0f (%s, %s)", one.requestsPerSecond(), one.p50(), one.p99()), "measured"});
            results.add(new String[]{"GET /api/vacancies, two instances behind nginx: req/s (p50, p99); ratio to one",
                    String.format("%.0f (%s, %s); %.2f", two.requestsPerSecond(), two.p50(), two.p99(),
                            two.requestsPerSecond() / one.requestsPerSecond()), "measured (2 cores for all processes)"});
        } finally {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    static final String RESUME = "{\"title\":\"T\",\"content\":{\"personalInfo\":{\"fullName\":\"Ada Lovelace\",\"email\":\"ada@example.com\"},"
            + "\"experience\":[{\"company\":\"Acme\",\"position\":\"Engineer\",\"startDate\":\"2020-01\",\"description\":\"- Java services\"}],"
            + "\"education\":[],\"skills\":[\"Java\",\"PostgreSQL\"]}}";

    static long single(DataSource db, String sql) throws Exception {
        try (Connection connection = db.getConnection(); var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(DataSource db, String sql) throws Exception {
        try (Connection connection = db.getConnection(); var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static String signIn(URI base, String email) throws Exception {
        return field(post(base, "/api/auth/dev", null, "{\"email\":\"" + email + "\"}"), "token");
    }

    static HttpResponse<String> post(URI base, String path, String token, String body) throws Exception {
        var builder = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void put(URI base, String path, String token, String body) throws Exception {
        var reply = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(reply.statusCode() + " " + reply.body());
        }
    }

    static String field(HttpResponse<String> response, String name) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString(name);
        }
    }
}
