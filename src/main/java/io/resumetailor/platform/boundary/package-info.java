/**
 * HTTP-level building blocks every resource uses (id parsing, paging parameters, entity
 * tags and If-Match) and the health checks: readiness follows the database, liveness the JVM.
 */
package io.resumetailor.platform.boundary;
