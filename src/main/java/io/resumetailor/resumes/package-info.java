/**
 * Resumes: a user's base resumes as structured {@code ResumeContent}, imported from DOCX
 * or PDF or written directly. The base resume is the evidence every tailored version is
 * held to.
 */
package io.resumetailor.resumes;
