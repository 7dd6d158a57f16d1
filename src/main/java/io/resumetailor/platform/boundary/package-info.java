/** Health checks for orchestrators: readiness follows the database, liveness the JVM. */
package io.resumetailor.platform.boundary;
