/** {@code GET} / {@code PUT /api/profile}. */
package io.resumetailor.profiles.boundary;
