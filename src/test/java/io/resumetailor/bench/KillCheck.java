package io.resumetailor.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.devserver.PemKeys;
import io.resumetailor.it.FakeOpenAi;
import io.resumetailor.resumes.control.ResumeFixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * kill -9 of the server while a platform-model generation and an import are waiting for
 * the (slow, fake) provider; then a restart on the same database. Checks for half-written
 * rows and compares quota (usage_logs) and the platform budget with what was settled.
 */
public final class KillCheck {

    public static void main(String[] args) throws Exception {
        Path work = EmbeddedStack.projectDir().resolve("target/bench/kill");
        Path keys = work.resolve("keys");
        PemKeys.ensure(keys);
        FakeOpenAi fake = FakeOpenAi.instance();
        fake.server().resetAll();
        fake.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(20_000).withHeader("Content-Type", "application/json")
                        .withBody("{\"choices\":[]}")));
        List<String[]> rows = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"), true, true, 0)) {
            Map<String, String> config = EmbeddedStack.serverConfig(postgres, keys);
            config.put("llm.openai.base-url", fake.baseUrl());
            config.put("llm.openai.api-key", "sk-platform-kill-check");
            int port = EmbeddedStack.freePort();
            URI base = URI.create("http://localhost:" + port);
            Process server = start(work, port, config);
            EmbeddedStack.awaitReady(base, server, Duration.ofMinutes(3));
            String token = ScaleOutCheck.signIn(base, "victim@example.com");
            String resume = ScaleOutCheck.field(ScaleOutCheck.post(base, "/api/resumes", token, ScaleOutCheck.RESUME), "id");
            String vacancy = ScaleOutCheck.field(ScaleOutCheck.post(base, "/api/vacancies", token,
                    "{\"company\":\"Acme\",\"description\":\"Java\"}"), "id");
            DataSource db = postgres.getPostgresDatabase();
            long resumesBefore = ScaleOutCheck.single(db, "SELECT count(*) FROM resumes");
            HttpClient http = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<String>> generation = http.sendAsync(HttpRequest.newBuilder(
                            base.resolve("/api/vacancies/" + vacancy + "/generations")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"resumeId\":\"" + resume + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            var upload = Multipart.of(ResumeFixtures.docxWithStylesAndLinks().bytes(), "cv.docx");
            CompletableFuture<HttpResponse<String>> importing = http.sendAsync(HttpRequest.newBuilder(base.resolve("/api/resumes"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", upload.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body())).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(4_000);
            long inFlight = fake.server().getAllServeEvents().size();
            String budgetDuring = ScaleOutCheck.text(db, "SELECT value::text FROM system_configs WHERE key = 'global_budget_used'");
            server.destroyForcibly().waitFor();
            rows.add(new String[]{"provider calls in flight at kill -9", Long.toString(inFlight)});
            rows.add(new String[]{"budget reserved at kill -9 (USD)", budgetDuring});
            try {
                generation.get();
            } catch (Exception expected) {
                rows.add(new String[]{"generation request", "connection lost (" + expected.getCause().getClass().getSimpleName() + ")"});
            }
            try {
                importing.get();
            } catch (Exception expected) {
                rows.add(new String[]{"import request", "connection lost"});
            }
            // the restarted server reclaims unsettled admissions of any age, checking every minute
            config.put("usage.stale-admission-minutes", "0");
            config.put("tailoring.cleanup.schedule", "* *");
            Process restarted = start(work, port, config);
            try {
                EmbeddedStack.awaitReady(base, restarted, Duration.ofMinutes(3));
                long generations = ScaleOutCheck.single(db, "SELECT count(*) FROM generations");
                long reports = ScaleOutCheck.single(db, "SELECT count(*) FROM generation_reports");
                long resumesAfter = ScaleOutCheck.single(db, "SELECT count(*) FROM resumes");
                long admitted = ScaleOutCheck.single(db, "SELECT count(*) FROM usage_logs WHERE operation IN ('generate','parse')");
                long unsettled = ScaleOutCheck.single(db, "SELECT count(*) FROM usage_logs WHERE operation IN ('generate','parse') AND tokens_used IS NULL");
                String settledCost = ScaleOutCheck.text(db, "SELECT COALESCE(sum(cost), 0)::text FROM usage_logs WHERE tokens_used IS NOT NULL");
                String budgetAfter = ScaleOutCheck.text(db, "SELECT value::text FROM system_configs WHERE key = 'global_budget_used'");
                rows.add(new String[]{"after restart: generations / reports rows", generations + " / " + reports + " (no half-written rows: "
                        + (generations == 0 && reports == 0 ? "yes" : "NO") + ")"});
                rows.add(new String[]{"after restart: resumes before / after the killed import", resumesBefore + " / " + resumesAfter});
                rows.add(new String[]{"usage_logs rows of the two killed calls (quota they hold) / unsettled", admitted + " / " + unsettled});
                rows.add(new String[]{"after restart: platform budget used vs settled cost (USD)", budgetAfter + " vs " + settledCost});
                long deadline = System.nanoTime() + 75_000_000_000L;
                while (System.nanoTime() < deadline
                        && ScaleOutCheck.single(db, "SELECT count(*) FROM usage_logs WHERE tokens_used IS NULL") > 0) {
                    Thread.sleep(1_000);
                }
                rows.add(new String[]{"after the cleanup timer: unsettled rows / budget used vs settled (USD)",
                        ScaleOutCheck.single(db, "SELECT count(*) FROM usage_logs WHERE tokens_used IS NULL") + " / "
                                + ScaleOutCheck.text(db, "SELECT value::text FROM system_configs WHERE key = 'global_budget_used'")
                                + " vs " + ScaleOutCheck.text(db, "SELECT COALESCE(sum(cost), 0)::text FROM usage_logs WHERE tokens_used IS NOT NULL")});
            } finally {
                EmbeddedStack.stop(restarted);
            }
        } finally {
            fake.server().stop();
        }
        System.out.printf("%n| figure | value |%n|---|---|%n");
        rows.forEach(row -> System.out.printf("| %s | %s |%n", row[0], row[1]));
    }

    static Process start(Path work, int port, Map<String, String> config) throws Exception {
        return EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"), EmbeddedStack.required("app.war"), port,
                work.resolve("payara-runtime"), config, List.of("-Xmx768m"), work.resolve("payara.log").toFile());
    }
}
