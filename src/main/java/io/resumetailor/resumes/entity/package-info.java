/**
 * The structured resume ({@code ResumeContent} and its parts) and the resume entity.
 *
 * <p>The records declare their canonical constructors explicitly: a record copies the
 * constraint annotations of its components onto an implicit constructor's parameters,
 * and Payara's OpenAPI generator fails on constraints on any parameter that is not a
 * {@code @PathParam}. Declared, the constructor's parameters carry none; validation
 * works on the fields as before.
 */
package io.resumetailor.resumes.entity;
