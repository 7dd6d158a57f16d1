package io.resumetailor.bench;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.devserver.PemKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Cleanup of 1 000 000 expired generations by the EJB timer (every minute here), and the
 * p99 of GET /api/vacancies while it runs, against the p99 without it, in one run.
 */
public final class CleanupLoadCheck {

    public static void main(String[] args) throws Exception {
        Path work = EmbeddedStack.projectDir().resolve("target/bench/cleanup");
        Path keys = work.resolve("keys");
        PemKeys.ensure(keys);
        try (EmbeddedPostgres postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"), true, false, 0)) {
            int port = EmbeddedStack.freePort();
            Map<String, String> config = EmbeddedStack.serverConfig(postgres, keys);
            config.put("tailoring.cleanup.schedule", "* *");
            Process server = EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"), EmbeddedStack.required("app.war"),
                    port, work.resolve("payara-runtime"), config, List.of("-Xmx1g"), work.resolve("payara.log").toFile());
            try {
                URI base = URI.create("http://localhost:" + port);
                EmbeddedStack.awaitReady(base, server, Duration.ofMinutes(3));
                String token = ScaleOutCheck.signIn(base, "reader@example.com");
                for (int i = 0; i < 30; i++) {
                    ScaleOutCheck.post(base, "/api/vacancies", token, "{\"company\":\"Acme " + i + "\",\"description\":\"Java\"}");
                }
                String resume = ScaleOutCheck.field(ScaleOutCheck.post(base, "/api/resumes", token, ScaleOutCheck.RESUME), "id");
                String vacancy = ScaleOutCheck.field(ScaleOutCheck.post(base, "/api/vacancies", token,
                        "{\"company\":\"Old\",\"description\":\"Java\"}"), "id");
                String url = base + "/api/vacancies?size=20";
                LoadBench.wrk(url, token, null);
                var quiet = LoadBench.wrk(url, token, null);
                DataSource db = postgres.getPostgresDatabase();
                try (Connection connection = db.getConnection(); var statement = connection.createStatement()) {
                    statement.execute("INSERT INTO generations (vacancy_id, resume_id, content, match_score_before, match_score_after,"
                            + " generated_at, expires_at) SELECT '" + vacancy + "', '" + resume + "', '{}', 40, 60,"
                            + " (now() AT TIME ZONE 'UTC') - interval '100 days', (now() AT TIME ZONE 'UTC') - interval '10 days'"
                            + " - interval '1 second' * i FROM generate_series(1, 1000000) i");
                    statement.execute("VACUUM ANALYZE generations");
                }
                // start measuring just before the timer's next minute
                while (LocalTime.now().getSecond() < 55) {
                    Thread.sleep(200);
                }
                long start = System.nanoTime();
                var during = LoadBench.wrk(url, token, null);
                long remaining;
                while ((remaining = ScaleOutCheck.single(db, "SELECT count(*) FROM generations")) > 0
                        && System.nanoTime() - start < 600_000_000_000L) {
                    Thread.sleep(1_000);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%n| figure | value |%n|---|---|%n");
                System.out.printf("| expired generations deleted | 1,000,000 (left: %d) |%n", remaining);
                System.out.printf("| time from the timer's minute to empty (s, ±5 s) | %.0f |%n", seconds - 5);
                System.out.printf("| GET /api/vacancies p99 without cleanup / during (first %d s) | %s / %s |%n",
                        Integer.getInteger("bench.seconds", 15), quiet.p99(), during.p99());
                System.out.printf("| req/s without / during | %.0f / %.0f |%n", quiet.requestsPerSecond(), during.requestsPerSecond());
                System.out.printf("target: p99 during <= 2 x p99 without%n");
            } finally {
                EmbeddedStack.stop(server);
            }
        }
    }
}
