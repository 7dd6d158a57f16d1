package io.resumetailor.bench;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.devserver.PemKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU goes for one request shape: the server runs with Java Flight
 * Recorder's profiling settings, wrk loads one URL (after a warm-up), and the execution
 * samples are summed by top frame (self) and by every frame on the stack (total), for the
 * frames in packages worth reading. {@code -Dbench.url=/api/vacancies?size=20} (default),
 * {@code -Dbench.post=true} for the create, {@code -Dbench.problems=true} for a ladder step that answers
 * with a problem by design (401 without a token, 404 for an unknown id).
 */
public final class HotPaths {

    private HotPaths() {
    }

    public static void main(String[] args) throws Exception {
        Path work = EmbeddedStack.projectDir().resolve("target/bench/hot-paths");
        Path keys = work.resolve("keys");
        PemKeys.ensure(keys);
        Files.createDirectories(work);
        String url = System.getProperty("bench.url", "/api/vacancies?size=20");
        boolean post = Boolean.getBoolean("bench.post");
        boolean problems = Boolean.getBoolean("bench.problems");
        try (EmbeddedPostgres postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"), true, false, 0)) {
            int port = EmbeddedStack.freePort();
            Map<String, String> config = EmbeddedStack.serverConfig(postgres, keys);
            Path recording = work.resolve("profile.jfr");
            Process server = EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"), EmbeddedStack.required("app.war"),
                    port, work.resolve("payara-runtime"), config, List.of("-Xmx1g", "-XX:StartFlightRecording:settings=profile,name=hot"),
                    work.resolve("payara.log").toFile());
            try {
                URI base = URI.create("http://localhost:" + port);
                EmbeddedStack.awaitReady(base, server, Duration.ofMinutes(3), work.resolve("payara.log"));
                String token = ScaleOutCheck.signIn(base, "hot@example.com");
                for (int i = 0; i < 30; i++) {
                    ScaleOutCheck.post(base, "/api/vacancies", token, "{\"company\":\"Acme " + i + "\",\"jobPosition\":\"Engineer\",\"description\":\"Java, PostgreSQL\"}");
                }
                Path script = post ? Files.writeString(work.resolve("post.lua"), """
                        wrk.method = "POST"
                        wrk.body = '{"company":"Acme","jobPosition":"Engineer","description":"Java, PostgreSQL"}'
                        wrk.headers["Content-Type"] = "application/json"
                        """) : null;
                LoadBench.wrk(base + (post ? "/api/vacancies" : url), token, script, Integer.getInteger("bench.warm", 40), problems);
                LoadBench.run(List.of("jcmd", Long.toString(server.pid()), "JFR.start", "name=measured", "settings=profile"));
                var figures = LoadBench.wrk(base + (post ? "/api/vacancies" : url), token, script, 30, problems);
                LoadBench.run(List.of("jcmd", Long.toString(server.pid()), "JFR.dump", "name=measured", "filename=" + recording));
                System.out.printf("%s: %.0f req/s%n", post ? "POST /api/vacancies" : url, figures.requestsPerSecond());
                Map<String, Integer> self = new HashMap<>();
                Map<String, Integer> total = new HashMap<>();
                int samples = 0;
                for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
                    if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                        continue;
                    }
                    samples++;
                    List<RecordedFrame> frames = event.getStackTrace().getFrames();
                    if (!frames.isEmpty()) {
                        self.merge(name(frames.get(0)), 1, Integer::sum);
                    }
                    frames.stream().map(HotPaths::name).distinct().forEach(frame -> total.merge(frame, 1, Integer::sum));
                }
                int all = samples;
                System.out.printf("%d samples%n%nself (top 25)%n", all);
                self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                        .forEach(e -> System.out.printf("%5.1f%%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
                System.out.printf("%ntotal, frames of interest (top 60)%n");
                total.entrySet().stream().filter(e -> interesting(e.getKey())).sorted((a, b) -> b.getValue() - a.getValue()).limit(60)
                        .forEach(e -> System.out.printf("%5.1f%%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
            } finally {
                EmbeddedStack.stop(server);
            }
        }
    }

    static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    static boolean interesting(String frame) {
        return frame.startsWith("io.resumetailor") || frame.contains("jersey.server") || frame.contains("eclipse.persistence")
                || frame.contains("yasson") || frame.contains("soteria") || frame.contains("jwtauth") || frame.contains("weld")
                || frame.contains("ejb.containers") || frame.contains("postgresql") || frame.contains("catalina")
                || frame.contains("jacc") || frame.contains("security");
    }
}
