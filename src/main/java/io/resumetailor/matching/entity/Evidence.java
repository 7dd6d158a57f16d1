package io.resumetailor.matching.entity;

/**
 * Where a resume states a requirement, precise enough for a client to highlight it:
 * {@code section} names the field ({@code summary}, {@code skills}, {@code experience.position},
 * {@code experience.description}, {@code experience.projects}, {@code education},
 * {@code certifications}, {@code languages}), {@code entry} the index in its list (0 for the
 * summary), {@code line} the line (description bullet, summary sentence, project) in that
 * field, and {@code text} that line as written.
 */
public record Evidence(String section, int entry, int line, String text) {
}
