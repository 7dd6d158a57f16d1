package io.resumetailor.bench;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.devserver.PemKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Exceptions thrown per request on the paths the application controls, counted by Java
 * Flight Recorder ({@code jdk.JavaExceptionThrow}, every throw of an exception, caught or
 * not): the server runs with the event on; for each path, a batch of requests after a
 * warm-up is bracketed by two recording dumps and the throws between them are counted
 * and grouped by exception type and throwing frame.
 */
public final class ExceptionsPerRequest {

    /** HTTP/1.1, as browsers, curl and wrk speak to a cleartext server (Java's client would upgrade to h2c). */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final int REQUESTS = Integer.getInteger("bench.requests", 500);

    private ExceptionsPerRequest() {
    }

    public static void main(String[] args) throws Exception {
        Path work = EmbeddedStack.projectDir().resolve("target/bench/exceptions");
        Path keys = work.resolve("keys");
        PemKeys.ensure(keys);
        Files.createDirectories(work);
        try (EmbeddedPostgres postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"), true, false, 0)) {
            int port = EmbeddedStack.freePort();
            Map<String, String> config = EmbeddedStack.serverConfig(postgres, keys);
            Path recording = work.resolve("exceptions.jfr");
            Process server = EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"), EmbeddedStack.required("app.war"),
                    port, work.resolve("payara-runtime"), config,
                    List.of("-Xmx1g", "-XX:StartFlightRecording:jdk.JavaExceptionThrow#enabled=true,jdk.JavaErrorThrow#enabled=true,"
                            + "name=exceptions,disk=true"), work.resolve("payara.log").toFile());
            try {
                URI base = URI.create("http://localhost:" + port);
                EmbeddedStack.awaitReady(base, server, Duration.ofMinutes(3), work.resolve("payara.log"));
                String token = ScaleOutCheck.signIn(base, "exceptions@example.com");
                for (int i = 0; i < 20; i++) {
                    ScaleOutCheck.post(base, "/api/vacancies", token, "{\"company\":\"Acme " + i + "\",\"description\":\"Java\"}");
                }
                String[][] paths = {
                        {"GET /health/live (static)", "/health/live", null},
                        {"GET /api/vacancies, no token (401)", "/api/vacancies", null},
                        {"GET /api/vacancies/{unknown} with token (404)", "/api/vacancies/" + UUID.randomUUID(), token},
                        {"GET /api/vacancies?size=20 with token", "/api/vacancies?size=20", token},
                        {"POST /api/vacancies with token", "POST", token}};
                System.out.printf("%n| request | exceptions per request | by type and thrower (per request) |%n|---|---:|---|%n");
                for (String[] path : paths) {
                    for (int i = 0; i < 200; i++) {
                        call(base, path[1], path[2]);
                    }
                    Instant from = Instant.now();
                    for (int i = 0; i < REQUESTS; i++) {
                        call(base, path[1], path[2]);
                    }
                    Instant to = Instant.now();
                    Thread.sleep(1_500);
                    LoadBench.run(List.of("jcmd", Long.toString(server.pid()), "JFR.dump", "name=exceptions",
                            "filename=" + recording));
                    Map<String, Integer> byThrower = new TreeMap<>();
                    int total = 0;
                    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
                        if (!event.getEventType().getName().equals("jdk.JavaExceptionThrow")
                                || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                            continue;
                        }
                        total++;
                        byThrower.merge(describe(event), 1, Integer::sum);
                    }
                    StringBuilder top = new StringBuilder();
                    int finalTotal = total;
                    byThrower.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(4).forEach(e ->
                            top.append(top.length() == 0 ? "" : "; ").append(e.getKey()).append(" ")
                                    .append(String.format("%.2f", e.getValue() / (double) REQUESTS)));
                    System.out.printf("| %s | %.2f | %s |%n", path[0], finalTotal / (double) REQUESTS, top);
                }
            } finally {
                EmbeddedStack.stop(server);
            }
        }
    }

    /** The exception's class and the first frame outside the JDK's exception constructors. */
    static String describe(RecordedEvent event) {
        String type = event.getClass("thrownClass") == null ? "?" : event.getClass("thrownClass").getName();
        type = type.substring(type.lastIndexOf('.') + 1);
        String where = "?";
        if (event.getStackTrace() != null) {
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                String method = frame.getMethod().getType().getName();
                if (!method.startsWith("java.lang.Throwable") && !method.startsWith("java.lang.Exception")
                        && !method.startsWith("java.lang.RuntimeException") && !frame.getMethod().getName().equals("<init>")) {
                    where = method.substring(method.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
                    break;
                }
            }
        }
        return type + " at " + where;
    }

    static void call(URI base, String path, String token) throws Exception {
        if ("POST".equals(path)) {
            HTTP.send(HttpRequest.newBuilder(base.resolve("/api/vacancies")).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"company\":\"Acme\",\"description\":\"Java, PostgreSQL\"}")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return;
        }
        var builder = HttpRequest.newBuilder(base.resolve(path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HTTP.send(builder.build(), HttpResponse.BodyHandlers.discarding());
    }
}
