/** The application DataSource, the Liquibase migration at startup, and config list parsing. */
package io.resumetailor.platform.control;
