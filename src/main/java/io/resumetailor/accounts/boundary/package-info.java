/** {@code /api/me}: the account resource, the facade that composes it, and its views. */
package io.resumetailor.accounts.boundary;
