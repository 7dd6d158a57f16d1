/**
 * Platform: what every business component stands on. The container-managed PostgreSQL
 * DataSource, the Liquibase migration that owns the schema and runs before anything
 * touches the database, the JPA converters for PostgreSQL enum and jsonb columns, the
 * UTC clock, and the health checks.
 */
package io.resumetailor.platform;
