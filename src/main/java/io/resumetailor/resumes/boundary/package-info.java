/**
 * {@code /api/resumes}: base resumes as structured content, owner-scoped, with If-Match on
 * replace; the DOCX/PDF import and the JSON schema of the content for the model.
 */
package io.resumetailor.resumes.boundary;
