package io.resumetailor.tailoring.entity;

/**
 * One thing the fabrication guard reverted, and where: {@code section} of the tailored
 * resume ({@code personalInfo}, {@code summary}, {@code experience}, {@code education},
 * {@code skills}, {@code certifications}, {@code languages}) and, for an experience entry,
 * its index in the tailored resume ({@code entry}, null when the warning concerns the whole
 * section or an entry that was removed), so that a client shows it next to that entry.
 */
public record GuardWarning(String section, Integer entry, String message) {

    public static GuardWarning of(String section, String message) {
        return new GuardWarning(section, null, message);
    }
}
