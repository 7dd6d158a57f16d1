package io.resumetailor.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mvn -Prun}: the service on http://localhost:8080 with an embedded PostgreSQL whose
 * data lives in {@code .data/} (git-ignored, survives restarts), development sign-in on,
 * and the offline engine when no LLM key is configured. With {@code DB_URL} set, that
 * database is used and no embedded one is started. Ctrl-C stops everything started here.
 */
public final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path project = EmbeddedStack.projectDir();
        Path data = project.resolve(".data");
        int port = Integer.parseInt(env("PORT", "8080"));
        Map<String, String> properties = new LinkedHashMap<>();
        EmbeddedPostgres postgres = null;
        String database;
        if (System.getenv("DB_URL") == null) {
            postgres = EmbeddedStack.startPostgres(data.resolve("pg"), data.resolve("pg-runtime"), false, true,
                    Integer.parseInt(env("EMBEDDED_DB_PORT", "54329")));
            database = EmbeddedStack.jdbcUrl(postgres) + " (embedded, data in " + data.resolve("pg") + ")";
            properties.put("db.url", EmbeddedStack.jdbcUrl(postgres));
            properties.put("db.user", "postgres");
            properties.put("db.password", "postgres");
        } else {
            database = System.getenv("DB_URL") + " (external, from DB_URL)";
        }
        properties.putAll(DevDefaults.properties(data));

        Process server = EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"),
                EmbeddedStack.required("app.war"), port, data.resolve("payara-runtime"), properties,
                EmbeddedStack.serviceJvmOptions(), null);
        EmbeddedPostgres startedPostgres = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                EmbeddedStack.stop(server);
                if (startedPostgres != null) {
                    startedPostgres.close();
                }
            } catch (Exception e) {
                System.err.println("shutdown: " + e);
            }
        }, "dev-server-shutdown"));

        long start = System.nanoTime();
        URI base = URI.create("http://localhost:" + port);
        EmbeddedStack.awaitReady(base, server, Duration.ofMinutes(3));
        System.out.printf("""

                ==============================================================
                 Resume tailoring service is ready (%d s)
                   API       %s/api
                   OpenAPI   %s/openapi
                   Health    %s/health/ready
                   Database  %s
                 Development sign-in: POST %s/api/auth/dev {"email": "you@example.com"}
                 Ctrl-C stops the server and the embedded database.
                ==============================================================
                %n""", (System.nanoTime() - start) / 1_000_000_000, base, base, base, database, base);
        System.exit(server.waitFor());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
