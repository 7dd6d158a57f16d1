/** {@code /api/resumes}: base resumes as structured content, owner-scoped, with If-Match on replace. */
package io.resumetailor.resumes.boundary;
