/** {@code GET} / {@code PUT /api/profile}: the resource, the facade and the request and view types. */
package io.resumetailor.profiles.boundary;
