package io.resumetailor.resumes.entity;

import java.util.regex.Pattern;

/** Order of two YYYY-MM months; malformed values are left to the format rule. */
final class MonthRange {

    private static final Pattern MONTH = Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])$");

    private MonthRange() {
    }

    static boolean isChronological(String start, String end) {
        if (start == null || end == null || !MONTH.matcher(start).matches() || !MONTH.matcher(end).matches()) {
            return true;
        }
        return start.compareTo(end) <= 0;
    }
}
