package io.resumetailor.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one DataSource, defined by the application so that a plain Payara
 * Micro (or a Payara Server an enterprise operator runs) needs nothing but MicroProfile
 * Config ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}). The {@code fish.payara.*} properties are Payara's connection pool settings:
 * validate connections so the pool heals after a database restart, bound waits and
 * statements. Payara's connection-leak tracing is left off: it records a stack trace on
 * every checkout, measured at about a fifth of a simple request's time under load
 * (bench/load.sh); every connection here is taken and returned by the container within
 * one EJB call, so a leak would need code outside that model.
 */
@Singleton
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        initialPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.statement-timeout-in-seconds=30",
            "fish.payara.connection-creation-retry-attempts=3",
            "fish.payara.connection-creation-retry-interval-in-seconds=2",
            "fish.payara.idle-timeout-in-seconds=300",
            "connectTimeout=5",
            "socketTimeout=60",
            "ApplicationName=resume-tailor"
        })
public class ApplicationDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/tailor";
}
