package io.resumetailor.bench;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.devserver.PemKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PostgreSQL restarted under write load: 4 clients create vacancies while the database is
 * stopped and started again (same data directory and port). Measures how long after the
 * database is back the API answers again, counts errors after recovery, and checks that
 * every write the API acknowledged (201) is in the database.
 */
public final class DatabaseRestartCheck {

    public static void main(String[] args) throws Exception {
        Path work = EmbeddedStack.projectDir().resolve("target/bench/db-restart");
        Path keys = work.resolve("keys");
        PemKeys.ensure(keys);
        int dbPort = EmbeddedStack.freePort();
        // a fresh data directory, but not zonky's "clean" mode, which deletes it on close (our restart)
        if (java.nio.file.Files.exists(work.resolve("pg"))) {
            try (var paths = java.nio.file.Files.walk(work.resolve("pg"))) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(path);
                }
            }
        }
        EmbeddedPostgres postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"), false, true, dbPort);
        int port = EmbeddedStack.freePort();
        Map<String, String> config = EmbeddedStack.serverConfig(postgres, keys);
        Process server = EmbeddedStack.startPayara(EmbeddedStack.required("payara.micro.jar"), EmbeddedStack.required("app.war"),
                port, work.resolve("payara-runtime"), config, List.of("-Xmx768m"), work.resolve("payara.log").toFile());
        try {
            URI base = URI.create("http://localhost:" + port);
            EmbeddedStack.awaitReady(base, server, Duration.ofMinutes(3));
            String token = ScaleOutCheck.signIn(base, "writer@example.com");
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong databaseBackAt = new AtomicLong(0);
            AtomicLong firstSuccessAfterBack = new AtomicLong(0);
            AtomicInteger errorsDuringOutage = new AtomicInteger();
            AtomicInteger errorsAfterRecovery = new AtomicInteger();
            List<String> errorStatuses = Collections.synchronizedList(new ArrayList<>());
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                Thread client = new Thread(() -> {
                    while (running.get()) {
                        try {
                            HttpResponse<String> reply = ScaleOutCheck.post(base, "/api/vacancies", token,
                                    "{\"company\":\"Acme\",\"description\":\"restart test\"}");
                            if (reply.statusCode() == 201) {
                                acknowledged.add(ScaleOutCheck.field(reply, "id"));
                                long back = databaseBackAt.get();
                                if (back > 0) {
                                    firstSuccessAfterBack.compareAndSet(0, System.nanoTime());
                                }
                            } else {
                                countError(databaseBackAt, firstSuccessAfterBack, errorsDuringOutage, errorsAfterRecovery,
                                        errorStatuses, Integer.toString(reply.statusCode()));
                            }
                        } catch (Exception e) {
                            countError(databaseBackAt, firstSuccessAfterBack, errorsDuringOutage, errorsAfterRecovery,
                                    errorStatuses, e.getClass().getSimpleName());
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            Thread.sleep(5_000);
            int beforeRestart = acknowledged.size();
            postgres.close();
            Thread.sleep(1_500);
            int readyDuringOutage = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    base.resolve("/health/ready")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            Thread.sleep(1_500);
            postgres = EmbeddedStack.startPostgres(work.resolve("pg"), work.resolve("pg-runtime"), false, true, dbPort);
            databaseBackAt.set(System.nanoTime());
            Thread.sleep(15_000);
            running.set(false);
            int readyAfter = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    base.resolve("/health/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            for (Thread client : clients) {
                client.join();
            }
            Set<String> stored = ConcurrentHashMap.newKeySet();
            try (Connection connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT id FROM vacancies")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            long lost = acknowledged.stream().filter(id -> !stored.contains(id)).count();
            double recovery = firstSuccessAfterBack.get() == 0 ? -1 : (firstSuccessAfterBack.get() - databaseBackAt.get()) / 1e9;
            System.out.printf("%n| figure | value | target |%n|---|---|---|%n");
            System.out.printf("| acknowledged writes before the restart | %d | |%n", beforeRestart);
            System.out.printf("| API answering again after the database is back | %.2f s | <= 10 s |%n", recovery);
            System.out.printf("| errors while the database was down (3 s) | %d | |%n", errorsDuringOutage.get());
            System.out.printf("| /health/ready during the outage / after | %d / %d | 503 / 200 |%n", readyDuringOutage, readyAfter);
            System.out.printf("| errors after recovery | %d | 0 |%n", errorsAfterRecovery.get());
            System.out.printf("| acknowledged writes in total / missing from the database | %d / %d | 0 missing |%n", acknowledged.size(), lost);
            System.out.printf("responses other than 201 seen: %s%n", errorStatuses.stream().distinct().toList());
            if (recovery < 0 || recovery > 10 || errorsAfterRecovery.get() > 0 || lost > 0 || readyDuringOutage != 503
                    || readyAfter != 200) {
                System.exit(1);
            }
        } finally {
            EmbeddedStack.stop(server);
            postgres.close();
        }
    }

    static void countError(AtomicLong back, AtomicLong recovered, AtomicInteger during, AtomicInteger after, List<String> kinds,
                           String kind) {
        kinds.add(kind);
        if (recovered.get() > 0) {
            after.incrementAndGet();
        } else {
            during.incrementAndGet();
        }
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
