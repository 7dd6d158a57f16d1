/** Verifying Google ID tokens against Google's keys, and signing the service's own tokens. */
package io.resumetailor.auth.control;
