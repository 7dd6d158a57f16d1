/**
 * Export: a resume or a generation as an ATS-readable PDF (embedded Liberation Sans,
 * real selectable text in reading order), a DOCX with real headings and bullet lists,
 * or JSON Resume (jsonresume.org). Metered as {@code export}.
 */
package io.resumetailor.export;
