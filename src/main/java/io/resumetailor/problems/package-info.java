/**
 * Problems: the one error contract. Every error the service produces, from a domain rule
 * to a container 401 or an unknown URL, leaves as {@code application/problem+json}
 * (RFC 9457) with a stable {@code type}; validation errors name the fields. No HTML error
 * page and no stack trace ever reach a client.
 */
package io.resumetailor.problems;
