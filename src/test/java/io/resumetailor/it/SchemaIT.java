package io.resumetailor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.resumetailor.platform.control.SchemaMigration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema the application migrated at startup (into the empty database it was given)
 * is the seed's: the seed's own SQL is applied to a second database and the catalogues
 * of both are compared, object by object.
 */
@ExtendWith(AppServer.class)
class SchemaIT {

    /**
     * Tables added after the seed by later changesets (each says why); compared separately.
     * Changeset 004 adds two columns to {@code vacancies} (after the seed's, so the seed's
     * ordinal positions stay) and 005 three list indexes: they are left out of the comparison.
     */
    private static final String NOT_LIQUIBASE = " NOT LIKE 'databasechangelog%%' AND %s NOT IN ('generation_reports', 'usage_archive')";

    static final List<String> CATALOGUE = List.of(
            "SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid"
                    + " WHERE t.typnamespace = 'public'::regnamespace ORDER BY 1, 3",
            "SELECT table_name, column_name, ordinal_position, data_type, udt_name, character_maximum_length,"
                    + " numeric_precision, numeric_scale, is_nullable, column_default FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND table_name" + notLiquibase("table_name")
                    + " AND (table_name, column_name) NOT IN (('vacancies', 'requirements'), ('vacancies', 'requirements_edited'))"
                    + " ORDER BY 1, 3",
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename"
                    + notLiquibase("tablename") + " AND indexname NOT IN ('idx_vacancies_user_created_id',"
                    + " 'idx_resumes_user_created_id', 'idx_generations_vacancy_generated_id') ORDER BY 1, 2",
            "SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text"
                    + notLiquibase("conrelid::regclass::text") + " ORDER BY 1, 2");

    static String notLiquibase(String column) {
        return NOT_LIQUIBASE.formatted(column);
    }

    /** Data, not schema: other tests change settings, so seed rows are compared on a database just migrated. */
    static final String SEED_ROWS = "SELECT key, value::text FROM system_configs ORDER BY key";

    static DataSource freshlyMigrated(String name) throws Exception {
        DataSource fresh = AppServer.newDatabase(name);
        try (Connection connection = fresh.getConnection()) {
            SchemaMigration.migrate(connection);
        }
        return fresh;
    }

    @Test
    void migratedCatalogueEqualsTheSeedMigration() throws Exception {
        DataSource reference = AppServer.newDatabase("seed_reference");
        try (Connection connection = reference.getConnection(); var statement = connection.createStatement()) {
            statement.execute(seedSql());
        }
        for (String query : CATALOGUE) {
            List<String> expected = SqlRows.rows(reference, query);
            List<String> actual = SqlRows.rows(AppServer.database(), query);
            assertTrue(expected.size() > 0, "nothing in the reference for " + query);
            assertEquals(expected, actual, query);
        }
        assertEquals(SqlRows.rows(reference, SEED_ROWS), SqlRows.rows(freshlyMigrated("fresh_migration"), SEED_ROWS));
    }

    @Test
    void hasEverySeedObject() throws Exception {
        DataSource db = AppServer.database();
        assertEquals(List.of("llm_provider|gemini", "llm_provider|openai", "operation|export", "operation|generate",
                        "operation|parse", "provider_type|byok", "provider_type|platform", "role|friend", "role|public",
                        "role|super_admin", "source_file_type|docx", "source_file_type|pdf", "work_format|hybrid",
                        "work_format|onsite", "work_format|remote"),
                SqlRows.rows(db, "SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid"
                        + " WHERE t.typnamespace = 'public'::regnamespace ORDER BY 1, 2"));
        assertEquals(List.of("generations", "llm_keys", "profiles", "resumes", "system_configs", "usage_logs", "users",
                        "vacancies"),
                SqlRows.rows(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_name" + notLiquibase("table_name") + " ORDER BY 1"));
        assertEquals(List.of("byok_enabled|true", "global_budget_cap|100", "global_budget_used|0",
                        "platform_llm_enabled|true", "platform_provider|\"openai\""),
                SqlRows.rows(freshlyMigrated("fresh_seed_rows"), SEED_ROWS));
        assertTrue(SqlRows.rows(db, "SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_usage_logs_user_operation_date'")
                .get(0).endsWith("(user_id, operation, created_at)"));
        assertEquals(List.of("UNIQUE (user_id, provider)"), SqlRows.rows(db,
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'llm_keys'::regclass AND contype = 'u'"));
        assertEquals(7L, SqlRows.rows(db, "SELECT conname FROM pg_constraint WHERE contype = 'f'"
                + " AND pg_get_constraintdef(oid) LIKE '%ON DELETE CASCADE' AND conrelid::regclass::text <> 'generation_reports'").size());
    }

    @Test
    void generationReportsAreDeletedWithTheirGeneration() throws Exception {
        assertEquals(List.of("FOREIGN KEY (generation_id) REFERENCES generations(id) ON DELETE CASCADE"),
                SqlRows.rows(AppServer.database(), "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE conrelid = 'generation_reports'::regclass AND contype = 'f'"));
    }

    @Test
    void concurrentMigrationsApplyTheChangelogOnce() throws Exception {
        DataSource fresh = AppServer.newDatabase("concurrent_migration");
        var pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Void>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit((Callable<Void>) () -> {
                    try (Connection connection = fresh.getConnection()) {
                        SchemaMigration.migrate(connection);
                    }
                    return null;
                }));
            }
            for (Future<Void> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        try (Connection connection = fresh.getConnection()) {
            SchemaMigration.migrate(connection);
        }
        assertEquals(List.of("001-init", "002-generation-reports", "003-usage-archive", "004-vacancy-requirements",
                "005-list-indexes"), SqlRows.rows(fresh, "SELECT id FROM databasechangelog ORDER BY orderexecuted"));
        assertEquals(5, SqlRows.rows(fresh, "SELECT key FROM system_configs").size());
    }

    @Test
    void testCopyOfTheSeedMatchesTheSharedSeedWhenPresent() throws Exception {
        Path shared = io.resumetailor.devserver.EmbeddedStack.projectDir().resolve("../shared/seed");
        if (!Files.isDirectory(shared)) {
            return;
        }
        try (Stream<Path> files = Files.list(shared)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                int start = text.indexOf("```sql\n");
                if (start >= 0) {
                    String sql = text.substring(start + 7, text.indexOf("```", start + 7));
                    assertEquals(sql, seedSql(), "src/test/resources/seed/001_init.sql differs from " + file);
                }
            }
        }
    }

    static String seedSql() throws IOException {
        try (InputStream in = SchemaIT.class.getResourceAsStream("/seed/001_init.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
