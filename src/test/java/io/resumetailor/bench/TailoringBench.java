package io.resumetailor.bench;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.devserver.PemKeys;
import io.resumetailor.it.FakeOpenAi;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.matching.control.MatchScorer;
import io.resumetailor.matching.control.RequirementExtractor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Server-side time per generation, measured on loopback against the packaged WAR on
 * Payara Micro with embedded PostgreSQL: with a fake OpenAI that answers at once (so the
 * figure is the service's own work: loading, scoring, validation, guard, storage,
 * metering) and with the built-in engine; plus the scorer alone per resume/vacancy pair.
 */
public final class TailoringBench {

    static final int WARMUP = 100;
    static final int RUNS = 300;

    static final String RESUME = """
            {"title":"Bench","content":{"personalInfo":{"fullName":"Ada Lovelace","email":"ada@example.com"},
             "summary":"Backend engineer who builds payment systems in Java.",
             "experience":[{"company":"Analytical Engines Ltd","position":"Senior Software Engineer","startDate":"2020-01",
               "description":"- Built the billing platform in Java with Spring Boot\\n- Ran services on Kubernetes\\n- Cut latency by 40%"},
              {"company":"Babbage & Co","position":"Software Engineer","startDate":"2016-03","endDate":"2019-12",
               "description":"- Maintained PostgreSQL schemas\\n- Built the payments API"}],
             "education":[{"institution":"University of London","degree":"BSc","field":"Mathematics","startDate":"2012-09","endDate":"2015-06"}],
             "skills":["Java","Spring Boot","PostgreSQL","Kubernetes","Excel"]}}""";
    static final String VACANCY = """
            {"company":"Acme Payments","jobPosition":"Senior Backend Engineer","description":"We build payments.\\nRequirements:\\n- Java and Spring Boot\\n- PostgreSQL and Kafka\\n- Kubernetes\\nNice to have:\\n- Go, Terraform"}""";

    public static void main(String[] args) throws Exception {
        Path work = EmbeddedStack.projectDir().resolve("target/bench/tailoring");
        Path keys = work.resolve("keys");
        PemKeys.ensure(keys);
        FakeOpenAi fake = FakeOpenAi.instance();
        try (EmbeddedPostgres postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"), true, false, 0)) {
            int port = EmbeddedStack.freePort();
            Map<String, String> config = EmbeddedStack.serverConfig(postgres, keys);
            config.put("auth.super-admin-emails", "bench@example.com");
            config.put("llm.openai.base-url", fake.baseUrl());
            Process server = EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"), EmbeddedStack.required("app.war"),
                    port, work.resolve("payara-runtime"), config, List.of("-Xmx1g"), work.resolve("payara.log").toFile());
            try {
                URI base = URI.create("http://localhost:" + port);
                EmbeddedStack.awaitReady(base, server, Duration.ofMinutes(3));
                HttpClient http = HttpClient.newHttpClient();
                String token = json(send(http, post(base, "/api/auth/dev", null, "{\"email\":\"bench@example.com\"}"))).getString("token");
                String resumeId = json(send(http, post(base, "/api/resumes", token, RESUME))).getString("id");
                String vacancyId = json(send(http, post(base, "/api/vacancies", token, VACANCY))).getString("id");
                ResumeContent content = JsonbBuilder.create().fromJson(json(send(http, get(base, "/api/resumes/" + resumeId, token)))
                        .getJsonObject("content").toString(), ResumeContent.class);
                String tailored = json(send(http, get(base, "/api/resumes/" + resumeId, token))).getJsonObject("content").toString();
                fake.answer(tailored);
                String path = "/api/vacancies/" + vacancyId + "/generations";
                String body = "{\"resumeId\":\"" + resumeId + "\"}";
                double[] model = measure(() -> send(http, post(base, path, token, body, "X-LLM-Provider", "openai", "X-LLM-Key", "sk-bench")));
                double[] builtin = measure(() -> send(http, post(base, path + "?engine=builtin", token, body)));
                String vacancyText = "Acme Payments (Senior Backend Engineer)\nWe build payments.\nRequirements:\n- Java and Spring Boot\n"
                        + "- PostgreSQL and Kafka\n- Kubernetes\nNice to have:\n- Go, Terraform";
                var requirements = RequirementExtractor.standard().extract("Acme Payments", "Senior Backend Engineer", vacancyText);
                var asOf = java.time.YearMonth.now();
                long[] scoring = new long[10_000];
                for (int i = -2_000; i < scoring.length; i++) {
                    long start = System.nanoTime();
                    MatchScorer.standard().score(requirements, content, asOf);
                    if (i >= 0) {
                        scoring[i] = System.nanoTime() - start;
                    }
                }
                Arrays.sort(scoring);
                System.out.printf("%nTailoring, %d generations each after %d warm-up (ms, loopback, one client)%n", RUNS, WARMUP);
                System.out.printf("| engine | median | p99 |%n|---|---:|---:|%n");
                System.out.printf("| fake OpenAI answering at once (BYOK) | %.1f | %.1f |%n", model[0], model[1]);
                System.out.printf("| built-in extractive | %.1f | %.1f |%n", builtin[0], builtin[1]);
                System.out.printf("Scoring one resume against one vacancy: median %.1f µs, p99 %.1f µs%n",
                        scoring[scoring.length / 2] / 1000.0, scoring[(int) (scoring.length * 0.99)] / 1000.0);
            } finally {
                EmbeddedStack.stop(server);
                fake.server().stop();
            }
        }
    }

    interface Call {
        HttpResponse<String> run() throws Exception;
    }

    static double[] measure(Call call) throws Exception {
        long[] samples = new long[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = call.run();
            if (response.statusCode() != 201) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            if (i >= 0) {
                samples[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(samples);
        return new double[]{samples[RUNS / 2] / 1e6, samples[(int) (RUNS * 0.99)] / 1e6};
    }

    static HttpRequest post(URI base, String path, String token, String body, String... headers) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    static HttpRequest get(URI base, String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).build();
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static jakarta.json.JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
