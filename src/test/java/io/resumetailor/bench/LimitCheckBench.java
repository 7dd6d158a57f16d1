package io.resumetailor.bench;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.platform.control.SchemaMigration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Latency of the daily-limit admission (the statements UsageMeter runs: advisory lock,
 * count of today's rows through idx_usage_logs_user_operation_date, insert) with 1 000
 * and with 1 000 000 rows in usage_logs, measured in one run on one database.
 *
 * <p>Each admission is rolled back so the data stays the same, and the admissions rotate
 * over {@value #USERS_PER_PHASE} users per phase (each with 4 rows today), so the dead
 * index entries rolled-back inserts leave behind stay few per user, as autovacuum keeps
 * them in a live system, and are the same in both phases.
 */
public final class LimitCheckBench {

    static final int WARMUP = 2_000;
    static final int ITERATIONS = 10_000;
    static final int USERS_PER_PHASE = 200;
    static final int ROWS_TODAY = 4;
    /** Measure the check alone, with no metering insert between checks (isolates what grows). */
    static final boolean READ_ONLY = Boolean.getBoolean("bench.read-only");

    public static void main(String[] args) throws Exception {
        Path work = EmbeddedStack.projectDir().resolve("target/bench/limit-check");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).setOverrideWorkingDirectory(work.resolve("pg-runtime").toFile())
                .setServerConfig("shared_buffers", System.getProperty("bench.shared-buffers", "128MB"))
                .setServerConfig("autovacuum", System.getProperty("bench.autovacuum", "on"))
                .setPGStartupWait(java.time.Duration.ofSeconds(60)).start()) {
            DataSource db = postgres.getPostgresDatabase();
            try (Connection connection = db.getConnection()) {
                SchemaMigration.migrate(connection);
            }
            List<UUID> small = users(db, "a", USERS_PER_PHASE);
            List<UUID> large = users(db, "b", USERS_PER_PHASE);
            users(db, "other", 1000);
            todayRows(db, small);
            fill(db, 1_000);
            explain(db, small.get(0), "1k");
            double[][] smallTimes = measure(db, small);
            todayRows(db, large);
            fill(db, 1_000_000);
            double[][] largeTimes = measure(db, large);
            explain(db, large.get(0));
            System.out.printf("%nDaily-limit admission, %d iterations per size (µs; median / p99)%n", ITERATIONS);
            System.out.printf("| usage_logs rows | limit check (lock + count) | metering insert | whole admission |%n|---:|---:|---:|---:|%n");
            for (int size = 0; size < 2; size++) {
                double[][] t = size == 0 ? smallTimes : largeTimes;
                System.out.printf("| %,d | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |%n", size == 0 ? 1_000 : 1_000_000,
                        t[0][0], t[0][1], t[1][0], t[1][1], t[2][0], t[2][1]);
            }
            System.out.printf("ratio 1M / 1k, median: limit check %.2f (target <= 1.2), insert %.2f, whole admission %.2f%n",
                    largeTimes[0][0] / smallTimes[0][0], largeTimes[1][0] / smallTimes[1][0], largeTimes[2][0] / smallTimes[2][0]);
        }
    }

    static List<UUID> users(DataSource db, String prefix, int count) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = db.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO users (id, email, google_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, prefix + i + "@example.com");
                insert.setString(3, prefix + "-" + i);
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        }
        return ids;
    }

    static void todayRows(DataSource db, List<UUID> users) throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO usage_logs (user_id, operation, provider_type, tokens_used, cost, created_at)"
                        + " VALUES (?, 'generate', 'platform', 100, 0.001, (now() AT TIME ZONE 'UTC') - interval '1 minute')")) {
            for (UUID user : users) {
                for (int i = 0; i < ROWS_TODAY; i++) {
                    insert.setObject(1, user);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Tops usage_logs up to {@code total} rows with 90 days of other users' history. */
    static void fill(DataSource db, int total) throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet count = statement.executeQuery("SELECT count(*) FROM usage_logs");
            count.next();
            int missing = total - count.getInt(1);
            statement.execute("INSERT INTO usage_logs (user_id, operation, provider_type, tokens_used, cost, created_at)"
                    + " SELECT u.id, (ARRAY['parse','generate','export'])[1 + i % 3]::operation,"
                    + " (ARRAY['platform','byok'])[1 + i % 2]::provider_type, i % 4000, 0.0001,"
                    + " (now() AT TIME ZONE 'UTC') - interval '1 day' - interval '1 second' * (i % 7776000)"
                    + " FROM generate_series(1, " + missing + ") i"
                    + " JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM users"
                    + "       WHERE email LIKE 'other%') u ON u.n = i % 1000");
            statement.execute("VACUUM ANALYZE usage_logs");
        }
    }

    static void explain(DataSource db, UUID user) throws Exception {
        explain(db, user, "1M");
    }

    static void explain(DataSource db, UUID user, String size) throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(id) FROM usage_logs"
                     + " WHERE user_id = '" + user + "' AND operation = 'generate'"
                     + " AND created_at >= (now() AT TIME ZONE 'UTC')::date AND provider_type = 'platform'")) {
            System.out.println("\nPlan of the count with " + size + " rows:");
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }

    /** Median and p99 of: the check, the insert, the whole admission. */
    static double[][] measure(DataSource db, List<UUID> users) throws Exception {
        long[] checks = new long[ITERATIONS];
        long[] inserts = new long[ITERATIONS];
        long[] totals = new long[ITERATIONS];
        try (Connection connection = db.getConnection()) {
            if (Boolean.getBoolean("bench.index-only-plans")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET enable_seqscan = off");
                    statement.execute("SET enable_bitmapscan = off");
                }
            }
            if (System.getProperty("bench.plan-cache-mode") != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET plan_cache_mode = " + System.getProperty("bench.plan-cache-mode"));
                }
            }
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))");
                 PreparedStatement count = connection.prepareStatement("SELECT COUNT(id) FROM usage_logs WHERE user_id = ?"
                         + " AND operation = CAST(? AS operation) AND created_at >= ? AND provider_type = CAST(? AS provider_type)");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_logs (id, user_id, operation,"
                         + " provider_type, created_at) VALUES (?, ?, CAST(? AS operation), CAST(? AS provider_type), ?)")) {
                Timestamp startOfDay = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).toLocalDate().atStartOfDay());
                for (int i = -WARMUP; i < ITERATIONS; i++) {
                    UUID user = users.get(Math.floorMod(i, users.size()));
                    long start = System.nanoTime();
                    lock.setString(1, user + ":generate:platform");
                    lock.executeQuery().close();
                    count.setObject(1, user);
                    count.setString(2, "generate");
                    count.setTimestamp(3, startOfDay);
                    count.setString(4, "platform");
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) != ROWS_TODAY) {
                            throw new IllegalStateException("expected " + ROWS_TODAY + " rows today, got " + rs.getLong(1));
                        }
                    }
                    long checked = System.nanoTime();
                    if (READ_ONLY) {
                        connection.rollback();
                        if (i >= 0) {
                            checks[i] = checked - start;
                            inserts[i] = 0;
                            totals[i] = checked - start;
                        }
                        continue;
                    }
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, user);
                    insert.setString(3, "generate");
                    insert.setString(4, "platform");
                    insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                    insert.executeUpdate();
                    long inserted = System.nanoTime();
                    connection.rollback();
                    if (i >= 0) {
                        checks[i] = checked - start;
                        inserts[i] = inserted - checked;
                        totals[i] = inserted - start;
                    }
                }
            }
        }
        return new double[][]{percentiles(checks), percentiles(inserts), percentiles(totals)};
    }

    static double[] percentiles(long[] samples) {
        Arrays.sort(samples);
        return new double[]{samples[ITERATIONS / 2] / 1000.0, samples[(int) (ITERATIONS * 0.99)] / 1000.0};
    }
}
