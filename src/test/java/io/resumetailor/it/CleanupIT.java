package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.resumetailor.tailoring.boundary.GenerationCleanup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In-container: the cleanup job removes exactly the expired generations, also when two runs overlap. */
@ExtendWith({AppServer.class, ArquillianExtension.class})
class CleanupIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")))
                .addClasses(CleanupIT.class, AppServer.class);
    }

    @Inject
    GenerationCleanup cleanup;

    @Inject
    io.resumetailor.usage.boundary.StaleAdmissions staleAdmissions;

    @Inject
    io.resumetailor.usage.boundary.PlatformBudget budget;

    @Inject
    io.resumetailor.settings.boundary.SystemSettings settings;

    @Resource(lookup = "java:app/jdbc/tailor")
    DataSource database;

    long count(String where) throws Exception {
        try (Connection connection = database.getConnection(); var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM generations WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A user with a vacancy and a resume, and {@code expired} expired plus {@code live} live generations. */
    String seed(int expired, int live) throws Exception {
        String marker = UUID.randomUUID().toString();
        try (Connection connection = database.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO users (id, email, google_id) VALUES ('" + marker + "', '" + marker + "@example.com', 'cleanup-" + marker + "')");
            statement.execute("INSERT INTO vacancies (id, user_id, company, description) VALUES ('" + marker + "', '" + marker + "', 'Acme', 'd')");
            statement.execute("INSERT INTO resumes (id, user_id, title, content, source_file_name, source_file_type)"
                    + " VALUES ('" + marker + "', '" + marker + "', 't', '{}', 'f.pdf', 'pdf')");
            statement.execute("INSERT INTO generations (vacancy_id, resume_id, content, match_score_before, match_score_after, expires_at)"
                    + " SELECT '" + marker + "', '" + marker + "', '{}', 1, 2, (now() AT TIME ZONE 'UTC') - interval '1 hour' * i"
                    + " FROM generate_series(1, " + expired + ") i");
            statement.execute("INSERT INTO generations (vacancy_id, resume_id, content, match_score_before, match_score_after, expires_at)"
                    + " SELECT '" + marker + "', '" + marker + "', '{}', 1, 2, (now() AT TIME ZONE 'UTC') + interval '1 hour' * i"
                    + " FROM generate_series(1, " + live + ") i");
        }
        return marker;
    }

    @Test
    void removesExactlyTheExpiredOnesInBatches() throws Exception {
        String marker = seed(2_500, 40);
        cleanup.purgeExpired();
        assertEquals(0, count("vacancy_id = '" + marker + "' AND expires_at <= now() AT TIME ZONE 'UTC'"));
        assertEquals(40, count("vacancy_id = '" + marker + "'"));
        assertEquals(0, cleanup.purgeExpired(), "a second run finds nothing");
    }

    @Test
    void callsLostInACrashGiveBackQuotaAndBudget() throws Exception {
        String marker = seed(0, 0);
        try {
            settings.update("global_budget_used", jakarta.json.Json.createValue(new java.math.BigDecimal("0.05")));
            try (Connection connection = database.getConnection(); var statement = connection.createStatement()) {
                String row = "('" + marker + "', 'generate', 'platform', ";
                statement.execute("INSERT INTO usage_logs (user_id, operation, provider_type, tokens_used, cost, created_at) VALUES "
                        + row + "NULL, 0.01, (now() AT TIME ZONE 'UTC') - interval '30 minutes'), "
                        + row + "NULL, 0.01, (now() AT TIME ZONE 'UTC') - interval '20 minutes'), "
                        + row + "NULL, 0.01, now() AT TIME ZONE 'UTC'), "
                        + row + "500, 0.02, (now() AT TIME ZONE 'UTC') - interval '40 minutes')");
            }
            int reclaimed = staleAdmissions.reclaim(io.resumetailor.platform.entity.UtcClock.now().minusMinutes(15));
            org.junit.jupiter.api.Assertions.assertTrue(reclaimed >= 2);
            assertEquals(0, countUsage(marker, "tokens_used IS NULL AND created_at < (now() AT TIME ZONE 'UTC') - interval '15 minutes'"));
            assertEquals(1, countUsage(marker, "tokens_used IS NULL"), "the call still in flight keeps its quota");
            assertEquals(1, countUsage(marker, "tokens_used = 500"), "settled calls stay");
            assertEquals(0, new java.math.BigDecimal("0.03").compareTo(budget.used()), budget.used().toString());
        } finally {
            settings.update("global_budget_used", jakarta.json.Json.createValue(0));
        }
    }

    long countUsage(String user, String where) throws Exception {
        try (Connection connection = database.getConnection(); var statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM usage_logs WHERE user_id = '" + user + "' AND " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void concurrentRunsDoNoHarm() throws Exception {
        String marker = seed(3_000, 25);
        List<Thread> runs = new ArrayList<>();
        List<Integer> deleted = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            Thread run = new Thread(() -> {
                try {
                    deleted.add(cleanup.purgeExpired());
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            runs.add(run);
            run.start();
        }
        for (Thread run : runs) {
            run.join(60_000);
        }
        assertEquals(List.of(), errors);
        // other tests may leave expired rows too: at least ours, each exactly once (nothing failed, nothing live went)
        org.junit.jupiter.api.Assertions.assertTrue(deleted.stream().mapToInt(Integer::intValue).sum() >= 3_000);
        assertEquals(0, count("vacancy_id = '" + marker + "' AND expires_at <= now() AT TIME ZONE 'UTC'"));
        assertEquals(25, count("vacancy_id = '" + marker + "'"));
    }
}
