package io.resumetailor.resumes.control;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A date range found in a line of resume text, normalised to YYYY-MM with a null end for
 * "present". The grammar covers what real resumes write: month names and abbreviations in
 * five languages ("Sep. 2023", "févr. 2020", "Mars - Sept 2024"), seasons ("Summer 2022"),
 * "Sep/2016", "Jan-2020", MM/YYYY, YYYY-MM, YYYY.MM, DD/MM/YYYY, DD.MM.YYYY, bare years, any dash (including a soft
 * hyphen) or a word ("to", "bis", "à", "hasta", "по") between the ends, present-words ("till
 * date", "andauernd", "en cours", "en curso", "по настоящее время"), open ranges ("since
 * 2021", "seit 04/2021") and ranges wrapped over two lines ("04/2021 –" / "heute"). A
 * year alone starts in January and ends in December, and is marked approximate.
 *
 * @param from index of the range's first character in the searched text
 * @param to   index after its last character
 */
public record MonthRange(String start, String end, boolean approximate, int from, int to) {

    /** A date token: [from, to) in the text, year, month (0 = none), approximate. */
    record Point(int from, int to, int year, int month, boolean approximate) {

        String asStart() {
            return String.format("%04d-%02d", year, month == 0 ? 1 : month);
        }

        String asEnd() {
            return String.format("%04d-%02d", year, month == 0 ? 12 : month);
        }
    }

    private static final String WORD = "[\\p{L}]{3,10}\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?!\\d)");
    private static final Pattern SHORT_DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{2})(?![\\d./])");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})[-./](\\d{1,2})(?![\\d./-]\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s?[/.-]\\s?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern NAMED = Pattern.compile("(?iu)(" + WORD + ")(?:\\s*/\\s*|-(?=\\d))?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*|\\s+))?,?\\s*"
            + "(?:(?:de|del|of)\\s+)?"
            + "((?:19|20)\\d{2}|['’]\\d{2}(?=\\W|$))(?!\\d)");
    /** "04/21" as Twenty Seconds prints it: the month always in two digits, so "7/10" (a score) is not one; a full stop may follow. */
    private static final Pattern SHORT_MONTH_YEAR = Pattern.compile("(?<![\\d/.\\p{L}])(0[1-9]|1[0-2])/(\\d{2})(?![\\d/]|\\.\\d)");
    /** Between two "MM/YY": a dash only; "8/10 to 9/10" and "de 7/10 a 9/10" are scores. */
    private static final Pattern DASH = Pattern.compile("\\s*[-–—−‐‑‒―\u00AD]+\\s*");
    private static final Pattern DAY_BEFORE_NAME = Pattern.compile("(?iu)(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?:[-/]|\\s+)(?:de\\s+)?(?=\\p{L})");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(?!\\d)");
    /** The year, then its month's name, with no year after the month: "2019 August- 2019 Dezember" (German and Hungarian order). */
    private static final Pattern YEAR_THEN_MONTH = Pattern.compile("(?iu)((?:19|20)\\d{2})\\s+(" + WORD + ")(?![\\p{L}])(?!\\.?\\s*(?:19|20)\\d{2})");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?iu)(" + WORD + ")");
    static final Pattern PRESENT = Pattern.compile("(?iu)(?:till\\s+date|to\\s+date|till\\s+now|up\\s+to\\s+now|present\\s+day|present|current(?:ly)?|now|today|"
            + "ongoing|continuing|pres\\.|heute|jetzt|aktuell|andauernd|laufend|derzeit|zurzeit|momentan|bis\\s+dato|dato|présent|"
            + "aujourd['’]hui|maintenant|contin[uú]a|vigente|"
            + "actuel(?:lement)?|en\\s+cours|à\\s+ce\\s+jour|ce\\s+jour|la\\s+actualidad|actualidad|el\\s+presente|presente|actual(?:mente)?|en\\s+curso|hoy|"
            + "la\\s+fecha|(?:по\\s+)?настоящее\\s+время|(?:по\\s+)?наст\\.?\\s*вр(?:емя|\\.)?|(?:по\\s+)?н\\.\\s?в\\.?|сейчас|"
            + "(?:по\\s+)?текущее\\s+время|(?:по\\s+)?сегодняшний\\s+день|(?:по\\s+)?(?:текущий|настоящий)\\s+момент|"
            + "(?:текущего|настоящего)\\s+момента|(?:по\\s+)?сей\\s+день|до\\s+сих\\s+пор)(?![\\p{L}])");
    private static final Pattern DASHED = Pattern.compile("\\s*[-–—]\\s*");
    static final Pattern CONNECTOR = Pattern.compile("(?iu)\\s*(?:[-–—−‐‑‒―~\u00AD]+|/|to|till|until|bis|à|au|a|al|hasta|по|до)\\s*"
            + "(?:(?:to|bis|à|a|al|hasta|по|до|-|–|—)\\s+)?"
            + "(?:(?:voraussichtlich|vsl\\.|expected|prévue?|previst[oa]|ожидается|планируется)\\s+)?" // "2024 – expected 2025"
            + "(?:,(?=\\d))?"); // "1989 - ,2022": a stray comma before the end

    /** The words that open a range without an end ("since 2021", "seit 04/2021", "с 2019"). */
    static final String SINCE_WORDS = "since|seit|depuis|desde|from|с|со";
    private static final Pattern SINCE = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + SINCE_WORDS + ")\\s+$");
    private static final int MIN_YEAR = 1950;
    private static final int MAX_YEAR = 2100;

    public boolean present() {
        return end == null;
    }

    /** The first range in the text. */
    public static Optional<MonthRange> find(String text) {
        List<MonthRange> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every range in the text, left to right. */
    public static List<MonthRange> findAll(String original) {
        String text = cyrillicSince(withoutYearMarks(original));
        List<MonthRange> ranges = new ArrayList<>();
        List<Point> points = points(text);
        for (int i = 0; i < points.size(); i++) {
            Point start = points.get(i);
            Matcher connector = CONNECTOR.matcher(text).region(start.to(), text.length());
            if (connector.lookingAt() && connector.end() > start.to()) {
                int after = connector.end();
                Point end = i + 1 < points.size() && points.get(i + 1).from() == after ? points.get(i + 1) : null;
                Matcher present = PRESENT.matcher(text).region(after, text.length());
                if (end != null && end.year() > 0 && !versions(text, start, connector.group(), end)) {
                    Point first = start.year() > 0 ? start : new Point(start.from(), start.to(), end.year(), start.month(), false);
                    if (first.year() > 0 && first.asStart().compareTo(end.asEnd()) <= 0) {
                        ranges.add(new MonthRange(first.asStart(), end.asEnd(), first.approximate() || end.approximate(),
                                start.from(), end.to()));
                        i++;
                        continue;
                    }
                    if (first.month() == 0 && end.month() == 0 && first.year() > end.year() && first.year() - end.year() <= 10
                            && DASHED.matcher(connector.group()).matches()) { // "SQL Server 2016/2014" names versions
                        ranges.add(new MonthRange(end.asStart(), first.asEnd(), first.approximate() || end.approximate(),
                                start.from(), end.to())); // "2013 – 2012": years written newest first
                        i++;
                        continue;
                    }
                } else if (start.year() > 0 && start.month() > 0 && end == null && shortEnd(text, after, start).isPresent()) {
                    Point shortEnd = shortEnd(text, after, start).get(); // "01.08.2020 - 10.07.21"
                    ranges.add(new MonthRange(start.asStart(), shortEnd.asEnd(), false, start.from(), shortEnd.to()));
                    i += i + 1 < points.size() && points.get(i + 1).from() < shortEnd.to() ? 1 : 0;
                    continue;
                } else if (start.year() > 0 && present.lookingAt()) {
                    ranges.add(new MonthRange(start.asStart(), null, start.approximate(), start.from(), present.end()));
                    continue;
                }
            }
            if (start.year() > 0 && SINCE.matcher(text.substring(Math.max(0, start.from() - 8), start.from())).find()) {
                int from = text.substring(0, start.from()).replaceAll("\\s*\\S+\\s*$", "").length();
                ranges.add(new MonthRange(start.asStart(), null, start.approximate(), from, start.to()));
            }
        }
        shortYearRanges(text, ranges);
        namedShortYearRanges(text, ranges);
        shortEndYearRanges(text, ranges);
        sharedYearRanges(text, ranges);
        yearThenMonthsRanges(text, ranges);
        daysOfAMonth(text, points, ranges);
        if (!text.equals(original)) {
            ranges.replaceAll(r -> {
                Matcher mark = YEAR_MARK.matcher(original).region(r.to(), original.length()).useTransparentBounds(true);
                return mark.lookingAt() ? new MonthRange(r.start(), r.end(), r.approximate(), r.from(), mark.end()) : r; // with its "г."
            });
        }
        return ranges;
    }

    /**
     * Ranges of months with two-digit years ("04/21 - 06/22", "Since 06/22", "03/19 – present", "06/15 - 2020"),
     * as some templates (Twenty Seconds) print them. "04/21" alone could be anything (a
     * fraction, a day and a month), so it is read only as one end of a range joined by a dash, or
     * after "since".
     */
    private static void shortYearRanges(String text, List<MonthRange> ranges) {
        Matcher m = SHORT_MONTH_YEAR.matcher(text);
        while (m.find()) {
            int from = m.start();
            if (overlaps(ranges, from, m.end())) {
                continue;
            }
            Point start = shortPoint(m, from);
            Matcher connector = DASH.matcher(text).region(m.end(), text.length());
            MonthRange found = null;
            if (connector.lookingAt() && connector.end() > m.end()) {
                Matcher end = SHORT_MONTH_YEAR.matcher(text).region(connector.end(), text.length());
                Matcher present = PRESENT.matcher(text).region(connector.end(), text.length());
                if (end.lookingAt()) {
                    Point last = shortPoint(end, connector.end());
                    if (start.asStart().compareTo(last.asEnd()) <= 0) {
                        found = new MonthRange(start.asStart(), last.asEnd(), false, from, end.end());
                    }
                } else if (present.lookingAt()) {
                    found = new MonthRange(start.asStart(), null, false, from, present.end());
                } else {
                    Matcher monthYear = MONTH_YEAR.matcher(text).region(connector.end(), text.length());
                    Matcher year = YEAR.matcher(text).region(connector.end(), text.length());
                    String last = monthYear.lookingAt() && Integer.parseInt(monthYear.group(1)) >= 1 && Integer.parseInt(monthYear.group(1)) <= 12
                            ? "%s-%02d".formatted(monthYear.group(2), Integer.parseInt(monthYear.group(1)))
                            : year.lookingAt() ? year.group(1) + "-12" : null;
                    if (last != null && start.asStart().compareTo(last) <= 0) { // "06/15 - 2020", "08/12 - 03/2021"
                        found = new MonthRange(start.asStart(), last, !monthYear.lookingAt(), from,
                                monthYear.lookingAt() ? monthYear.end() : year.end());
                    }
                }
            } else if (SINCE.matcher(text.substring(Math.max(0, from - 8), from)).find()) {
                int since = text.substring(0, from).replaceAll("\\s*\\S+\\s*$", "").length();
                found = new MonthRange(start.asStart(), null, false, since, m.end());
            }
            if (found != null) {
                ranges.add(found);
                ranges.sort(Comparator.comparingInt(MonthRange::from));
            }
        }
    }

    /** "juillet 19", "Okt 21": a month's name and a two-digit year, read only as the start of a range joined by a dash. */
    private static final Pattern NAMED_SHORT = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\p{L}{3,10})\\.?\\s+(\\d{2})(?![\\d.,:/%])");
    /** A year after the range: "May 22 – June 30, 2023" gives days of months, not two years. */
    private static final Pattern YEAR_AFTER = Pattern.compile("^\\s*,?\\s*(?:19|20)\\d{2}(?!\\d)");

    /**
     * Ranges of named months with two-digit years ("juillet 19 – Février 2023", "mai 22 – Octobre 22", "Jan 21 - present"),
     * as a Word resume may write them. "mai 22" alone could be a day of May, so it is read only as the start of a range
     * joined by a dash whose end is a month with a year or a present-word, with no year after the range, and with no end
     * later than next year.
     */
    private static void namedShortYearRanges(String text, List<MonthRange> ranges) {
        Matcher m = NAMED_SHORT.matcher(text);
        while (m.find()) {
            int month = MonthNames.month(m.group(1));
            if (month == 0 || overlaps(ranges, m.start(), m.end())) {
                continue;
            }
            Point start = new Point(m.start(), m.end(), shortYear(m.group(2)), month, false);
            Matcher connector = DASH.matcher(text).region(m.end(), text.length());
            if (!connector.lookingAt() || connector.end() == m.end()) {
                continue;
            }
            Matcher present = PRESENT.matcher(text).region(connector.end(), text.length());
            Matcher shortEnd = NAMED_SHORT.matcher(text).region(connector.end(), text.length());
            Point end;
            if (shortEnd.lookingAt() && MonthNames.month(shortEnd.group(1)) > 0) {
                end = new Point(connector.end(), shortEnd.end(), shortYear(shortEnd.group(2)), MonthNames.month(shortEnd.group(1)), false);
            } else {
                Point named = named(text, connector.end());
                end = named != null && named.from() == connector.end() && named.year() > 0
                        && text.substring(named.from(), named.to()).split("\\D+").length <= 2 ? named : null; // no day: "June 30, 2023"
            }
            MonthRange found = null;
            if (end != null && start.asStart().compareTo(end.asEnd()) <= 0 && end.year() <= Year.now().getValue() + 1
                    && !YEAR_AFTER.matcher(text.substring(end.to())).find()) {
                found = new MonthRange(start.asStart(), end.asEnd(), false, start.from(), end.to());
            } else if (end == null && present.lookingAt() && start.year() <= Year.now().getValue()) {
                found = new MonthRange(start.asStart(), null, false, start.from(), present.end());
            }
            if (found != null) {
                replaceOverlapping(ranges, found);
            }
        }
    }

    /** A two-digit year: this century up to five years ahead, the last one before that ("98" is 1998, "31" is 2031). */
    private static int shortYear(String digits) {
        int year = 2000 + Integer.parseInt(digits);
        return year > 2000 + Year.now().getValue() % 100 + 5 ? year - 100 : year;
    }

    /**
     * "Du 24 au 27 février 2024", "vom 3. bis 7. Mai 2021", "del 2 al 9 de mayo de 2023": days of one month, the first
     * day before the date of the last; the month is the range.
     */
    private static final Pattern DAYS_BEFORE = Pattern.compile("(?iu)(?<![\\d./])(?:du\\s+|vom\\s+|del\\s+|from\\s+|с\\s+)?"
            + "([0-3]?\\d)(?:er)?\\.?\\s*(?:au|al|bis|to|по|[-–—])\\s*$");
    private static final Pattern LEADING_DAY = Pattern.compile("^([0-3]?\\d)(?!\\d)");

    private static void daysOfAMonth(String text, List<Point> points, List<MonthRange> ranges) {
        for (Point point : points) {
            if (point.year() <= 0 || point.month() <= 0 || ranges.stream().anyMatch(r -> r.from() < point.from() && point.from() < r.to())) {
                continue;
            }
            Matcher days = DAYS_BEFORE.matcher(text.substring(Math.max(0, point.from() - 24), point.from()));
            Matcher last = LEADING_DAY.matcher(text.substring(point.from(), point.to()));
            if (days.find() && last.find() && Integer.parseInt(days.group(1)) < Integer.parseInt(last.group(1))) {
                int from = Math.max(0, point.from() - 24) + days.start();
                replaceOverlapping(ranges, new MonthRange(point.asStart(), point.asEnd(), false, from, point.to()));
            }
        }
    }

    /** "3 - 4/2014", "9 - 12/2002": two months of one year, the year written once after the second. */
    private static final Pattern MONTHS_OF_A_YEAR = Pattern.compile("(?<![\\d./])(\\d{1,2})\\.?\\s*[-–—]\\s*(\\d{1,2})[./]((?:19|20)\\d{2})(?![\\d./])");

    private static void sharedYearRanges(String text, List<MonthRange> ranges) {
        Matcher m = MONTHS_OF_A_YEAR.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (first < 1 || last > 12 || first > last || !valid(year, first)
                    || ranges.stream().anyMatch(r -> r.from() < m.end() && m.start() < r.to() && r.from() < m.start(2))) {
                continue;
            }
            monthsOfYear(ranges, m, year, first, last); // in place of the "4/2014" read alone
        }
    }

    /** The months {@code first} to {@code last} of {@code year}, written where {@code m} matched, in place of what was read there. */
    private static void monthsOfYear(List<MonthRange> ranges, Matcher m, int year, int first, int last) {
        replaceOverlapping(ranges, new MonthRange(String.format("%04d-%02d", year, first), String.format("%04d-%02d", year, last),
                false, m.start(), m.end()));
    }

    /** {@code range} in place of what was read in its span, the ranges kept in text order. */
    private static void replaceOverlapping(List<MonthRange> ranges, MonthRange range) {
        ranges.removeIf(r -> r.from() < range.to() && range.from() < r.to());
        ranges.add(range);
        ranges.sort(Comparator.comparingInt(MonthRange::from));
    }

    /** "2020, Jul-Okt.", "2018 Aug – Sep": a year, then two months of it. */
    private static final Pattern YEAR_THEN_MONTHS = Pattern.compile("(?iu)(?<![\\d./])((?:19|20)\\d{2}),?\\s+(\\p{L}{3,10})\\.?\\s*[-–—]\\s*"
            + "(\\p{L}{3,10})(?![\\p{L}])\\.?(?!\\s*(?:19|20)\\d{2})");

    private static void yearThenMonthsRanges(String text, List<MonthRange> ranges) {
        Matcher m = YEAR_THEN_MONTHS.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int first = MonthNames.month(m.group(2));
            int last = MonthNames.month(m.group(3));
            if (first < 1 || last < 1 || first > last || !valid(year, first)
                    || ranges.stream().anyMatch(r -> r.from() < m.end() && m.start() < r.to() && !r.approximate())) {
                continue;
            }
            monthsOfYear(ranges, m, year, first, last); // in place of the year read alone
        }
    }

    /** "2019-21": a year and the last two digits of a later one (more than 12, so no month: "2011-12" is December). */
    private static final Pattern YEAR_SHORT_YEAR = Pattern.compile("(?<![\\d./])((?:19|20)\\d{2})\\s?[-–—]\\s?(\\d{2})(?![\\d.,/%])");

    /**
     * Years written as "2021-23" ("École d'ingénieur – 2021-23", "CPGE – 2019-21"): the end is the
     * start's century, or the next, at most ten years on.
     */
    private static void shortEndYearRanges(String text, List<MonthRange> ranges) {
        Matcher m = YEAR_SHORT_YEAR.matcher(text);
        while (m.find()) {
            int start = Integer.parseInt(m.group(1));
            int two = Integer.parseInt(m.group(2));
            int end = start / 100 * 100 + two;
            end += end < start ? 100 : 0;
            if (two <= 12 || end <= start || end - start > 10 || overlaps(ranges, m.start(), m.end())) {
                continue;
            }
            ranges.add(new MonthRange(start + "-01", end + "-12", true, m.start(), m.end()));
            ranges.sort(Comparator.comparingInt(MonthRange::from));
        }
    }

    /** Whether a range already read covers part of [from, to). */
    private static boolean overlaps(List<MonthRange> ranges, int from, int to) {
        return ranges.stream().anyMatch(r -> r.from() < to && from < r.to());
    }

    private static Point shortPoint(Matcher m, int from) {
        return new Point(from, m.end(), shortYear(m.group(2)), Integer.parseInt(m.group(1)), false);
    }

    /**
     * A day and month with a two-digit year ("10.07.21") right after a dash, as the end of a
     * range whose start has a full date: the century is the start's, or the next one.
     */
    private static Optional<Point> shortEnd(String text, int at, Point start) {
        Matcher m = SHORT_DAY_MONTH_YEAR.matcher(text).region(at, text.length());
        if (!m.lookingAt() || Integer.parseInt(m.group(1)) > 31) {
            return Optional.empty();
        }
        int year = start.year() / 100 * 100 + Integer.parseInt(m.group(3));
        year += year < start.year() ? 100 : 0;
        int month = Integer.parseInt(m.group(2));
        Point end = new Point(at, m.end(), year, month, false);
        return valid(year, month) && start.asStart().compareTo(end.asEnd()) <= 0 ? Optional.of(end) : Optional.empty();
    }

    /** The first single month or year (a graduation, a certificate), as a range of one point. */
    public static Optional<MonthRange> single(String text) {
        return years(text).findFirst().map(MonthRange::of);
    }

    /** The last single month or year, for a date that closes a line ("…, Chico, CA: Fall 2013"). */
    static Optional<MonthRange> lastSingle(String text) {
        return years(text).reduce((first, second) -> second).map(MonthRange::of);
    }

    /** The date tokens that carry a year, the year marks blanked first. */
    private static Stream<Point> years(String text) {
        return points(withoutYearMarks(text)).stream().filter(point -> point.year() > 0);
    }

    private static MonthRange of(Point point) {
        return new MonthRange(point.asStart(), point.asEnd(), point.approximate(), point.from(), point.to());
    }

    /** A dash or a "to" word closing a line ("Octubre 2020 hasta la" / "actualidad"). */
    private static final Pattern DANGLING_TO = Pattern.compile("(?iu)\\s*(?:[-–—−‐‑‒―~\u00AD]|hasta(?:\\s+(?:la|el))?|bis|to|until|jusqu['’]?(?:\\s*à|au)|по|до)\\s*");

    /** A start date followed by a dash (or a "to" word) and nothing else: the line's range continues on the next line. */
    public static Optional<Point> dangling(String text) {
        text = withoutYearMarks(text);
        List<Point> points = points(text);
        if (points.isEmpty()) {
            return Optional.empty();
        }
        Point last = points.get(points.size() - 1);
        String rest = text.substring(last.to());
        return last.year() > 0 && DANGLING_TO.matcher(rest).matches() ? Optional.of(last) : Optional.empty();
    }

    /** An end (a date or a present-word) at the very start of the text, for a range wrapped after its dash. */
    public static Optional<MonthRange> continuation(Point start, String text) {
        text = withoutYearMarks(text);
        String trimmed = text.replaceFirst("^\\s*,?\\s*", ""); // ",2022" under "1989 -": a stray comma
        int offset = text.length() - trimmed.length();
        Matcher present = PRESENT.matcher(trimmed);
        if (present.lookingAt()) {
            return Optional.of(new MonthRange(start.asStart(), null, start.approximate(), offset, offset + present.end()));
        }
        List<Point> points = points(trimmed);
        if (!points.isEmpty() && points.get(0).from() == 0 && points.get(0).year() > 0) {
            Point end = points.get(0);
            if (start.asStart().compareTo(end.asEnd()) <= 0) {
                return Optional.of(new MonthRange(start.asStart(), end.asEnd(), start.approximate() || end.approximate(),
                        offset, offset + end.to()));
            }
        }
        return Optional.empty();
    }

    /** "2017г", "2016 г.", "2014 – 2017 гг.", "2000 год", "с 2000 года": the Russian mark after a year. */
    private static final Pattern YEAR_MARK = Pattern.compile("(?<=\\d{4})\\s?(?:гг?\\.?|год(?:а|у)?)(?![\\p{L}])");

    /** The text with each year mark blanked out, letter for letter, so that offsets into the text stay right. */
    private static String withoutYearMarks(String text) {
        if (text.indexOf('г') < 0) {
            return text;
        }
        return YEAR_MARK.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /**
     * "Редактор | Журнал | c 2016": in Russian text typed with the keyboard switched, a Latin "c" before a year is the
     * Russian "с" (since). Same length, so positions stay.
     */
    private static String cyrillicSince(String text) {
        return LATIN_SINCE.matcher(text).find() && CYRILLIC.matcher(text).find() ? LATIN_SINCE.matcher(text).replaceAll("с") : text;
    }

    private static final Pattern LATIN_SINCE = Pattern.compile("(?<![\\p{L}\\d.])[cC](?=\\s+(?:19|20)\\d{2}(?!\\d))");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** Date tokens left to right; a month word without a year has year 0 (its year comes from the range's end). */
    static List<Point> points(String text) {
        List<Point> points = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            Point point = null;
            if (boundary && Character.isDigit(c) && (i == 0 || "+".indexOf(text.charAt(i - 1)) < 0)) {
                point = numeric(text, i);
            } else if (boundary && Character.isLetter(c)) {
                point = named(text, i);
            }
            if (point != null) {
                points.add(point);
                i = point.to();
            } else {
                i++;
            }
        }
        return points;
    }

    private static Point numeric(String text, int at) {
        Matcher m = DAY_MONTH_YEAR.matcher(text).region(at, text.length());
        if (m.lookingAt() && valid(year(m.group(3)), Integer.parseInt(m.group(2))) && Integer.parseInt(m.group(1)) <= 31) {
            return new Point(at, m.end(), year(m.group(3)), Integer.parseInt(m.group(2)), false);
        }
        m = YEAR_MONTH.matcher(text).region(at, text.length());
        if (m.lookingAt() && valid(year(m.group(1)), Integer.parseInt(m.group(2)))) {
            return new Point(at, m.end(), year(m.group(1)), Integer.parseInt(m.group(2)), false);
        }
        m = MONTH_YEAR.matcher(text).region(at, text.length());
        if (m.lookingAt() && valid(year(m.group(2)), Integer.parseInt(m.group(1)))) {
            return new Point(at, m.end(), year(m.group(2)), Integer.parseInt(m.group(1)), false);
        }
        m = YEAR_THEN_MONTH.matcher(text).region(at, text.length());
        if (m.lookingAt() && MonthNames.month(m.group(2)) > 0 && m.group(2).length() >= 3 && valid(year(m.group(1)), 1)) {
            return new Point(at, m.end(), year(m.group(1)), MonthNames.month(m.group(2)), false); // "2019 Dezember", "2020 September"
        }
        m = YEAR.matcher(text).region(at, text.length());
        if (m.lookingAt() && valid(year(m.group(1)), 1) && !digitGroupAround(text, at, m.end())) {
            return new Point(at, m.end(), year(m.group(1)), 0, true);
        }
        m = DAY_BEFORE_NAME.matcher(text).region(at, text.length());
        if (m.lookingAt() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 31) {
            Point named = named(text, m.end()); // "18-NOV-2024", "13 sep 2025", "1er mars 2020": the day goes with its month
            if (named != null && named.month() > 0 && !named.approximate()) {
                return new Point(at, named.to(), named.year(), named.month(), false);
            }
        }
        return null;
    }

    private static Point named(String text, int at) {
        Matcher m = NAMED.matcher(text).region(at, text.length());
        if (m.lookingAt()) {
            String word = m.group(1);
            int month = MonthNames.month(word);
            int season = month == 0 ? MonthNames.season(word) : 0;
            String y = m.group(2).replaceAll("\\D", "");
            int year = y.length() == 2 ? shortYear(y) : Integer.parseInt(y);
            if ((month > 0 || season > 0) && valid(year, 1)) {
                return new Point(at, m.end(), year, month > 0 ? month : season, season > 0);
            }
        }
        m = MONTH_ONLY.matcher(text).region(at, text.length());
        if (m.lookingAt() && MonthNames.month(m.group(1)) > 0 && m.group(1).length() >= 3
                && (m.end() == text.length() || !Character.isLetter(text.charAt(m.end())))) {
            Matcher connector = CONNECTOR.matcher(text).region(m.end(), text.length());
            if (connector.lookingAt() && connector.end() > m.end()) {
                return new Point(at, m.end(), 0, MonthNames.month(m.group(1)), false);
            }
        }
        return null;
    }

    private static final Pattern AFTER_WORD = Pattern.compile("(?u)\\p{L}[\\p{L}\\d.+#-]*\\s+$");

    /**
     * "Windows Server 2008/2012", "Office 2016/2019": two bare years joined by a slash right
     * after a word are versions of a product; a school year ("2018/2019") or a slash range at
     * the start of a line or after a separator is a range.
     */
    private static boolean versions(String text, Point start, String connector, Point end) {
        return connector.strip().equals("/") && start.month() == 0 && end.month() == 0 && end.year() - start.year() > 1
                && AFTER_WORD.matcher(text.substring(0, start.from())).find();
    }

    /** A four-digit number inside a longer run of digit groups is part of a phone number or an id, not a year. */
    private static boolean digitGroupAround(String text, int from, int to) {
        boolean before = from >= 2 && Character.isDigit(text.charAt(from - 2)) && " .".indexOf(text.charAt(from - 1)) >= 0;
        boolean after = to + 1 < text.length() && Character.isDigit(text.charAt(to + 1)) && " .".indexOf(text.charAt(to)) >= 0
                && !(to + 5 <= text.length() && text.substring(to + 1, Math.min(text.length(), to + 5)).matches("(?:19|20)\\d{2}"));
        return before || after;
    }

    private static int year(String text) {
        return Integer.parseInt(text);
    }

    private static boolean valid(int year, int month) {
        return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
    }
}
