package io.resumetailor.bench;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.devserver.PemKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on loopback, all figures from one run: authenticated GET /api/vacancies (a page of
 * 20) and POST /api/vacancies with wrk, against two baselines: pgbench running the SQL
 * those requests run (the database's own limit) and a static Payara response
 * (/health/live, the server's own limit). Load generator and server share the cores.
 */
public final class LoadBench {

    static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);

    record Figures(double requestsPerSecond, String p50, String p99) {
    }

    public static void main(String[] args) throws Exception {
        Path work = EmbeddedStack.projectDir().resolve("target/bench/load");
        Path keys = work.resolve("keys");
        PemKeys.ensure(keys);
        try (EmbeddedPostgres postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"), true, false, 0)) {
            int port = EmbeddedStack.freePort();
            Map<String, String> config = EmbeddedStack.serverConfig(postgres, keys);
            List<String> options = jvmOptions(work);
            long started = System.nanoTime();
            Process server = EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"), EmbeddedStack.required("app.war"),
                    port, work.resolve("payara-runtime"), config, options, work.resolve("payara.log").toFile());
            try {
                URI base = URI.create("http://localhost:" + port);
                EmbeddedStack.awaitReady(base, server, Duration.ofMinutes(3));
                double startupSeconds = (System.nanoTime() - started) / 1e9;
                long idleRss = rss(server.pid());
                String token = ScaleOutCheck.signIn(base, "load@example.com");
                String userId = idOf(token);
                // writes go to another user, so the reader's page and count stay over its 30 vacancies
                String writerToken = ScaleOutCheck.signIn(base, "writer@example.com");
                String writerId = idOf(writerToken);
                for (int i = 0; i < 30; i++) {
                    ScaleOutCheck.post(base, "/api/vacancies", token, "{\"company\":\"Acme " + i + "\",\"jobPosition\":\"Engineer\",\"description\":\"Java, PostgreSQL\"}");
                }
                Path read = Files.writeString(work.resolve("read.sql"), """
                        SELECT role FROM users WHERE id = '%1$s';
                        SELECT id, company, created_at, description, job_position, notes, updated_at, url, user_id FROM vacancies WHERE user_id = '%1$s' ORDER BY created_at DESC, id LIMIT 20 OFFSET 0;
                        SELECT COUNT(id) FROM vacancies WHERE user_id = '%1$s';
                        """.formatted(userId));
                Path write = Files.writeString(work.resolve("write.sql"), """
                        SELECT role FROM users WHERE id = '%1$s';
                        INSERT INTO vacancies (id, company, created_at, description, job_position, notes, updated_at, url, user_id) VALUES (gen_random_uuid(), 'Acme', now(), 'Java, PostgreSQL', 'Engineer', NULL, now(), NULL, '%1$s');
                        """.formatted(writerId));
                Path post = Files.writeString(work.resolve("post.lua"), """
                        wrk.method = "POST"
                        wrk.body = '{"company":"Acme","jobPosition":"Engineer","description":"Java, PostgreSQL"}'
                        wrk.headers["Content-Type"] = "application/json"
                        """);
                String db = "postgresql://postgres@localhost:" + postgres.getPort() + "/postgres";
                double pgRead = pgbench(db, read);
                double pgWrite = pgbench(db, write);
                // Warm the JIT on every path until the rate settles: a fresh Payara keeps compiling
                // for a minute or two under load (one 15 s run reached about half the steady rate).
                warm(base + "/api/vacancies?size=20", token, null);
                warm(base + "/api/vacancies", writerToken, post);
                warm(base + "/health/live", null, null);
                Figures staticPage = wrk(base + "/health/live", null, null);
                Figures reads = wrk(base + "/api/vacancies?size=20", token, null);
                long loadRss = rss(server.pid());
                if (options.stream().anyMatch(option -> option.startsWith("-XX:NativeMemoryTracking="))) {
                    System.out.println(run(List.of("jcmd", Long.toString(server.pid()), "VM.native_memory", "summary")));
                }
                Figures writes = wrk(base + "/api/vacancies", writerToken, post);
                // The ladder from the static response to the read: what each layer of a request costs.
                String[][] steps = {
                        {"GET /api/vacancies, no token: JAX-RS, container auth, 401 problem", "/api/vacancies", null},
                        {"GET /api/vacancies/not-an-id: + JWT verification, role check (1 query), 404", "/api/vacancies/not-an-id", token},
                        {"GET /api/vacancies/{unknown}: + facade transaction, 1 query, 404", "/api/vacancies/" + java.util.UUID.randomUUID(), token}};
                List<Figures> ladder = new ArrayList<>();
                for (String[] step : steps) {
                    wrk(base + step[1], step[2], null, 10, true);
                    ladder.add(wrk(base + step[1], step[2], null, SECONDS, true));
                }
                System.out.printf("%nLoad on loopback, %d s per run, %d connections (wrk and pgbench share the 2 cores with the server)%n",
                        SECONDS, CONNECTIONS);
                System.out.printf("| workload | req/s | p50 | p99 | vs pgbench, same SQL | vs static response |%n|---|---:|---:|---:|---:|---:|%n");
                System.out.printf("| pgbench, read SQL (role + page + count) | %.0f tx/s | | | 1.00 | |%n", pgRead);
                System.out.printf("| pgbench, write SQL (role + insert) | %.0f tx/s | | | 1.00 | |%n", pgWrite);
                System.out.printf("| GET /health/live (static) | %.0f | %s | %s | | 1.00 |%n", staticPage.requestsPerSecond(), staticPage.p50(), staticPage.p99());
                System.out.printf("| GET /api/vacancies?size=20 | %.0f | %s | %s | %.2f | %.2f |%n", reads.requestsPerSecond(), reads.p50(), reads.p99(),
                        reads.requestsPerSecond() / pgRead, reads.requestsPerSecond() / staticPage.requestsPerSecond());
                System.out.printf("| POST /api/vacancies | %.0f | %s | %s | %.2f | %.2f |%n", writes.requestsPerSecond(), writes.p50(), writes.p99(),
                        writes.requestsPerSecond() / pgWrite, writes.requestsPerSecond() / staticPage.requestsPerSecond());
                System.out.printf("targets: reads >= 0.5 x pgbench, writes >= 0.6 x pgbench%n");
                System.out.printf("%nWhere a read's time goes (each step adds to the one above)%n| step | req/s | p50 | p99 | vs static response |%n|---|---:|---:|---:|---:|%n");
                System.out.printf("| GET /health/live (static) | %.0f | %s | %s | 1.00 |%n", staticPage.requestsPerSecond(), staticPage.p50(), staticPage.p99());
                for (int i = 0; i < steps.length; i++) {
                    Figures f = ladder.get(i);
                    System.out.printf("| %s | %.0f | %s | %s | %.2f |%n", steps[i][0], f.requestsPerSecond(), f.p50(), f.p99(),
                            f.requestsPerSecond() / staticPage.requestsPerSecond());
                }
                System.out.printf("| GET /api/vacancies?size=20: + page and count queries, 20 items as JSON | %.0f | %s | %s | %.2f |%n",
                        reads.requestsPerSecond(), reads.p50(), reads.p99(), reads.requestsPerSecond() / staticPage.requestsPerSecond());
                System.out.printf("startup (process start to ready) %.1f s; RSS idle %d MB, after the read load %d MB%n",
                        startupSeconds, idleRss / 1024, loadRss / 1024);
            } finally {
                EmbeddedStack.stop(server);
            }
        }
    }

    /**
     * {@code -Dbench.jfr=true} records the server with Java Flight Recorder (profile settings) into target/bench/load;
     * {@code -Dbench.jvm="..."} adds JVM options (space-separated) to the service's, for an A/B of a setting
     * (with {@code -XX:NativeMemoryTracking=summary} the bench prints the JVM's native memory after the read load).
     */
    static List<String> jvmOptions(Path work) {
        List<String> options = new ArrayList<>(EmbeddedStack.serviceJvmOptions());
        String extra = System.getProperty("bench.jvm", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        if (Boolean.getBoolean("bench.jfr")) {
            options.add("-XX:StartFlightRecording=settings=profile,filename=" + work.resolve("server.jfr"));
        }
        return options;
    }

    public static String idOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        Matcher sub = Pattern.compile("\"sub\":\"([^\"]+)\"").matcher(payload);
        sub.find();
        return sub.group(1);
    }

    static double pgbench(String db, Path script) throws Exception {
        String out = run(List.of("pgbench", "-n", "-c", Integer.toString(CONNECTIONS / 2), "-j", "2", "-T", Integer.toString(SECONDS),
                "-M", "prepared", "-f", script.toString(), db));
        Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench: " + out);
        }
        return Double.parseDouble(tps.group(1));
    }

    /**
     * Runs 10 s rounds until the rate stops rising: at least 6 rounds, then until two rounds in a row
     * bring no new best by more than 3 % (at most 20 rounds). On 2 cores shared with wrk, the JIT
     * keeps raising a path's rate for two to three minutes; stopping at the first two close rounds
     * measured the list anywhere from 0.09 to 0.13 of the static response in runs of one build.
     */
    static void warm(String url, String token, Path script) throws Exception {
        double best = 0;
        int flat = 0;
        StringBuilder rates = new StringBuilder();
        for (int round = 0; round < 20; round++) {
            double rate = wrk(url, token, script, 10).requestsPerSecond();
            rates.append(rates.length() == 0 ? "" : ", ").append(Math.round(rate));
            flat = rate > best * 1.03 ? 0 : flat + 1;
            best = Math.max(best, rate);
            if (round >= 5 && flat >= 2) {
                break;
            }
        }
        System.out.printf("warm-up %s: %s req/s%n", url.replaceFirst("^http://[^/]+", ""), rates);
    }

    static Figures wrk(String url, String token, Path script) throws Exception {
        return wrk(url, token, script, SECONDS);
    }

    static Figures wrk(String url, String token, Path script, int seconds) throws Exception {
        return wrk(url, token, script, seconds, false);
    }

    /** {@code errorsExpected}: the ladder's 401/404 steps answer with problems by design. */
    static Figures wrk(String url, String token, Path script, int seconds, boolean errorsExpected) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        String out = run(command);
        Matcher rps = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
        Matcher p50 = Pattern.compile("(?m)^\\s+50%\\s+(\\S+)").matcher(out);
        Matcher p99 = Pattern.compile("(?m)^\\s+99%\\s+(\\S+)").matcher(out);
        Matcher errors = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (!rps.find() || !p50.find() || !p99.find()) {
            throw new IllegalStateException("wrk: " + out);
        }
        if (!errorsExpected && errors.find()) {
            throw new IllegalStateException("wrk saw " + errors.group(1) + " error responses for " + url);
        }
        return new Figures(Double.parseDouble(rps.group(1)), p50.group(1), p99.group(1));
    }

    static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    static long rss(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
