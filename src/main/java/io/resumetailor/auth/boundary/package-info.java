/**
 * Sign-in endpoints, the request filters that sit in front of every resource (deny by
 * default, token freshness) and {@code CurrentUser}, the verified caller of a request.
 */
package io.resumetailor.auth.boundary;
