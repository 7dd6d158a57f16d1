package io.resumetailor.platform.boundary;

import io.resumetailor.platform.control.ApplicationDataSource;
import io.resumetailor.platform.control.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers a query within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @EJB

    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!migration.isMigrated()) {
            return response.down().withData("schema", "not migrated").build();
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute("SELECT 1");
            return response.up().build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
