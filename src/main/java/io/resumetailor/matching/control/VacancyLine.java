package io.resumetailor.matching.control;

/** A content line of a vacancy (bullet marker removed) with the part it stands in. */
record VacancyLine(String text, VacancyPart part, boolean bullet) {
}
