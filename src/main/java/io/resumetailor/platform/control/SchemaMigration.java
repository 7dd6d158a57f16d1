package io.resumetailor.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date before the application serves anything.
 *
 * <p>Several instances may start at once against one database. Liquibase's own lock
 * table is created by whoever gets there first, which races; a PostgreSQL session-level
 * advisory lock taken on the migrating connection serialises the instances before
 * Liquibase looks at anything, so exactly one applies the changes and the others find
 * nothing left to do.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    static final String CHANGELOG = "liquibase/changelog.xml";
    /** Arbitrary but fixed: the advisory lock key shared by every instance of this service. */
    static final long MIGRATION_LOCK_KEY = 0x7461696C6F72L;

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrateOnStartup() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection);
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("database migration failed", e);
        }
        migrated = true;
        LOG.info(() -> "schema up to date in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    public boolean isMigrated() {
        return migrated;
    }

    /** Applies the changelog on this connection, serialised with every other instance doing the same. */
    public static void migrate(Connection connection) throws SQLException, LiquibaseException {
        lock(connection, "SELECT pg_advisory_lock(?)");
        try {
            update(connection);
        } finally {
            lock(connection, "SELECT pg_advisory_unlock(?)");
        }
    }

    private static void update(Connection connection) throws LiquibaseException {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        var accessor = new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader());
        var liquibase = new Liquibase(CHANGELOG, accessor, database);
        liquibase.update("");
    }

    private static void lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, MIGRATION_LOCK_KEY);
            statement.execute();
        }
    }
}
