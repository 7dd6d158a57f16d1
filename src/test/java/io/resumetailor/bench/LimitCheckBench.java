package io.resumetailor.bench;

import io.resumetailor.devserver.EmbeddedStack;
import io.resumetailor.platform.control.SchemaMigration;
import io.resumetailor.usage.boundary.UsageMeter;
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
 * and with 1 000 000 rows in usage_logs: two databases of one PostgreSQL, measured in the
 * same run in alternating rounds.
 *
 * <p>Admissions rotate over {@value #USERS_PER_PHASE} users per database, each with
 * {@value #ROWS_TODAY} rows today among the history of 1 000 other users.
 */
public final class LimitCheckBench {

    static final int WARMUP = 2_000;
    static final int ITERATIONS = 10_000;
    static final int USERS_PER_PHASE = 200;
    static final int ROWS_TODAY = 4;
    /** Alternating rounds: drift of this shared machine (writeback, neighbours) lands on both sizes alike. */
    static final int ROUNDS = 20;
    /** Measure the check alone, with no metering insert between checks (isolates what grows). */
    static final boolean READ_ONLY = Boolean.getBoolean("bench.read-only");
    /** Count with the start of the day as a plain parameter, as before (shows the planner's probe growing). */
    static final boolean PLAIN_RANGE = Boolean.getBoolean("bench.plain-range");


    public static void main(String[] args) throws Exception {
        Path work = EmbeddedStack.projectDir().resolve("target/bench/limit-check");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).setOverrideWorkingDirectory(work.resolve("pg-runtime").toFile())
                .setServerConfig("shared_buffers", System.getProperty("bench.shared-buffers", "128MB"))
                .setServerConfig("autovacuum", System.getProperty("bench.autovacuum", "on"))
                .setPGStartupWait(java.time.Duration.ofSeconds(60)).start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE small");
                statement.execute("CREATE DATABASE large");
            }
            DataSource smallDb = postgres.getDatabase("postgres", "small");
            DataSource largeDb = postgres.getDatabase("postgres", "large");
            List<UUID> small = prepare(smallDb, 1_000);
            List<UUID> large = prepare(largeDb, 1_000_000);
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
            settle();
            Samples smallTimes = new Samples();
            Samples largeTimes = new Samples();
            try (Connection s = smallDb.getConnection(); Connection l = largeDb.getConnection()) {
                measure(s, small, WARMUP, null);
                measure(l, large, WARMUP, null);
                for (int round = 0; round < ROUNDS; round++) {
                    vacuum(smallDb, largeDb);
                    int before = smallTimes.rows.size();
                    if (round % 2 == 0) {
                        measure(s, small, ITERATIONS / ROUNDS, smallTimes);
                        measure(l, large, ITERATIONS / ROUNDS, largeTimes);
                    } else {
                        measure(l, large, ITERATIONS / ROUNDS, largeTimes);
                        measure(s, small, ITERATIONS / ROUNDS, smallTimes);
                    }
                    if (Boolean.getBoolean("bench.verbose")) {
                        System.out.printf("round %d: check median 1k %.1f µs, 1M %.1f µs%n", round,
                                smallTimes.since(before)[0][0], largeTimes.since(before)[0][0]);
                    }
                }
            }
            explain(smallDb, small.get(0), "1k");
            explain(largeDb, large.get(0), "1M");
            double[][] st = smallTimes.result();
            double[][] lt = largeTimes.result();
            System.out.printf("%nDaily-limit admission, %d iterations per size in %d alternating rounds (µs; median / p99)%n",
                    ITERATIONS, ROUNDS);
            System.out.printf("| usage_logs rows | limit check (lock + count) | metering insert | whole admission |%n|---:|---:|---:|---:|%n");
            for (int size = 0; size < 2; size++) {
                double[][] t = size == 0 ? st : lt;
                System.out.printf("| %,d | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |%n", size == 0 ? 1_000 : 1_000_000,
                        t[0][0], t[0][1], t[1][0], t[1][1], t[2][0], t[2][1]);
            }
            System.out.printf("ratio 1M / 1k, median: limit check %.2f (target <= 1.2), insert %.2f, whole admission %.2f%n",
                    lt[0][0] / st[0][0], lt[1][0] / st[1][0], lt[2][0] / st[2][0]);
        }
    }

    /**
     * Waits until the operating system has written the filled databases out: the kernel's
     * writeback of a few hundred MB of dirty pages competes for the same two cores and
     * otherwise lands in whichever phase runs first.
     */
    static void settle() throws Exception {
        long start = System.nanoTime();
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        Thread.sleep(Long.getLong("bench.settle-ms", 5_000));
        System.out.printf("settled in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Migrates one database and fills it: the measured users' rows today, then history up to {@code rows}. */
    static List<UUID> prepare(DataSource db, int rows) throws Exception {
        try (Connection connection = db.getConnection()) {
            SchemaMigration.migrate(connection);
        }
        List<UUID> measured = users(db, "m", USERS_PER_PHASE);
        users(db, "other", 1000);
        todayRows(db, measured);
        fill(db, rows);
        return measured;
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
            statement.execute("CHECKPOINT");
        }
    }

    static void explain(DataSource db, UUID user, String size) throws Exception {
        try (Connection connection = db.getConnection();
             PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + countSql())) {
            statement.setObject(1, user);
            statement.setString(2, "generate");
            statement.setString(3, "platform");
            statement.setTimestamp(4, Timestamp.valueOf(UsageMeter.startOfToday()));
            statement.setInt(5, LIMIT);
            ResultSet rs = statement.executeQuery();
            System.out.println("\nPlan of the count with " + size + " rows:");
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }

    /**
     * Runs {@code iterations} admissions on one connection and adds their timings to
     * {@code into}. Each is rolled back so the data stay the same; the caller vacuums
     * between rounds, as autovacuum does in a live system, so the dead entries the
     * rolled-back inserts leave stay a few per user, the same in both databases.
     */
    static void measure(Connection connection, List<UUID> users, int iterations, Samples into) throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(UsageMeter.LOCK_SQL.replace("?1", "?"));
             PreparedStatement count = connection.prepareStatement(countSql());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_logs (id, user_id, operation,"
                     + " provider_type, created_at) VALUES (?, ?, CAST(? AS operation), CAST(? AS provider_type), ?)")) {
            Timestamp startOfDay = Timestamp.valueOf(UsageMeter.startOfToday());
            for (int i = 0; i < iterations; i++) {
                UUID user = users.get(Math.floorMod(i, users.size()));
                long start = System.nanoTime();
                lock.setString(1, user + ":generate:platform");
                lock.executeQuery().close();
                count.setObject(1, user);
                count.setString(2, "generate");
                count.setString(3, "platform");
                count.setTimestamp(4, startOfDay);
                count.setInt(5, LIMIT);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != ROWS_TODAY) {
                        throw new IllegalStateException("expected " + ROWS_TODAY + " rows today, got " + rs.getLong(1));
                    }
                }
                long checked = System.nanoTime();
                long inserted = checked;
                if (!READ_ONLY) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, user);
                    insert.setString(3, "generate");
                    insert.setString(4, "platform");
                    insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                    insert.executeUpdate();
                    inserted = System.nanoTime();
                }
                connection.rollback();
                if (into != null) {
                    into.add(checked - start, inserted - checked, inserted - start);
                }
            }
        }
    }

    /** A daily limit above the rows the measured users have, as in the service's defaults. */
    static final int LIMIT = 20;

    static String countSql() {
        String sql = UsageMeter.COUNT_UP_TO_LIMIT_SQL.replaceAll("\\?\\d", "?");
        return PLAIN_RANGE ? sql.replace("(SELECT CAST(? AS timestamp))", "CAST(? AS timestamp)") : sql;
    }

    /**
     * Removes the rolled-back rows and, with INDEX_CLEANUP ON, their index entries (plain
     * VACUUM skips index cleanup below 2 % dead pages, and bitmap scans never mark index
     * entries dead, so in the 1M table they piled up at ~70 per user). In the service,
     * admissions commit and only failed calls leave dead rows.
     */
    static void vacuum(DataSource... databases) throws Exception {
        for (DataSource db : databases) {
            try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("VACUUM (INDEX_CLEANUP ON) usage_logs");
            }
        }
    }

    static final class Samples {
        final List<long[]> rows = new ArrayList<>();

        void add(long check, long insert, long total) {
            rows.add(new long[]{check, insert, total});
        }

        double[][] since(int from) {
            Samples part = new Samples();
            part.rows.addAll(rows.subList(from, rows.size()));
            return part.result();
        }

        /** Median and p99 of: the check, the insert, the whole admission. */
        double[][] result() {
            double[][] out = new double[3][];
            for (int column = 0; column < 3; column++) {
                long[] values = new long[rows.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rows.get(i)[column];
                }
                out[column] = percentiles(values);
            }
            return out;
        }
    }

    static double[] percentiles(long[] samples) {
        Arrays.sort(samples);
        return new double[]{samples[samples.length / 2] / 1000.0, samples[(int) (samples.length * 0.99)] / 1000.0};
    }
}
