package io.resumetailor.it;

import io.resumetailor.devserver.EmbeddedStack;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots the packaged WAR on Payara Micro against an embedded PostgreSQL once per test
 * run (stored in the root context, closed when the run ends), however many test
 * classes use it. Tests talk to it over HTTP, and may read the database directly to
 * check what was (not) written.
 */
public final class AppServer implements BeforeAllCallback {

    private static Stack stack;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (System.getProperty("app.war") == null) {
            return; // inside the container, where an Arquillian test runs: the stack is outside
        }
        synchronized (AppServer.class) {
            if (stack == null) {
                stack = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .getOrComputeIfAbsent(Stack.class, key -> Stack.start(), Stack.class);
                System.setProperty("it.db.url", EmbeddedStack.jdbcUrl(stack.postgres));
                System.setProperty("it.openai.url", FakeOpenAi.instance().baseUrl());
            }
        }
    }

    public static URI baseUri() {
        return stack.base;
    }

    public static DataSource database() {
        return stack.postgres.getPostgresDatabase();
    }

    /** A fresh, empty database on the same PostgreSQL server, for tests that migrate or compare schemas. */
    public static DataSource newDatabase(String name) throws java.sql.SQLException {
        try (var connection = database().getConnection(); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return stack.postgres.getDatabase("postgres", name);
    }

    public static Path logFile() {
        return stack.log.toPath();
    }

    /** The last lines the server logged, for a failure message. */
    public static String logTail() {
        return stack == null ? "(no server)" : Stack.tail(stack.log.toPath());
    }

    static final class Stack implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final EmbeddedPostgres postgres;
        private final Process server;
        private final URI base;
        private final File log;

        private Stack(EmbeddedPostgres postgres, Process server, URI base, File log) {
            this.postgres = postgres;
            this.server = server;
            this.base = base;
            this.log = log;
        }

        static Stack start() {
            try {
                Path target = EmbeddedStack.projectDir().resolve("target");
                Path work = target.resolve("it");
                EmbeddedPostgres postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"),
                        true, false, 0);
                int port = EmbeddedStack.freePort();
                File log = target.resolve("payara-it.log").toFile();
                Map<String, String> properties = new java.util.LinkedHashMap<>(Map.of(
                        "db.url", EmbeddedStack.jdbcUrl(postgres),
                        "db.user", "postgres",
                        "db.password", "postgres"));
                properties.putAll(TestConfig.properties(work));
                Process server = EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"),
                        EmbeddedStack.required("app.war"), port, work.resolve("payara-runtime"), properties,
                        List.of("-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), log);
                URI base = URI.create("http://localhost:" + port);
                try {
                    EmbeddedStack.awaitReady(base, server, Duration.ofMinutes(3), log.toPath());
                } catch (IllegalStateException e) {
                    EmbeddedStack.stop(server);
                    postgres.close();
                    throw new IllegalStateException(e.getMessage() + "; server log:\n" + tail(log.toPath()), e);
                }
                return new Stack(postgres, server, base, log);
            } catch (Exception e) {
                throw new IllegalStateException("could not start the application", e);
            }
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
            } catch (Exception e) {
                return "(no log: " + e + ")";
            }
        }

        @Override
        public void close() throws Exception {
            EmbeddedStack.stop(server);
            postgres.close();
        }
    }
}
