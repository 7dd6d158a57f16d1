package io.resumetailor.matching.control;

/**
 * A content line of a vacancy (bullet marker removed) with the part it stands in; {@code list} numbers the
 * runs of bullets (any line that is no bullet, a heading too, ends one), so that a list is read as a whole.
 */
record VacancyLine(String text, VacancyPart part, boolean bullet, int list) {
}
