/** {@code /api/admin/...} resources and their request bodies. */
package io.resumetailor.admin.boundary;
