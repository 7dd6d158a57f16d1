package io.resumetailor.resumes.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date range in a line of resume text and normalises it to YYYY-MM, with a null
 * end for "present": "Jan 2020 – Present", "01/2020 - 03/2022", "2019–2021", "since 2021",
 * "2020-01 to 2021-05", month names in English, German, French, Spanish and Russian.
 * A bare year starts in January and ends in December, and is reported as approximate.
 */
public record MonthRange(String start, String end, boolean approximate, int from, int to) {

    static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"jan", "january", "januar", "janv", "janvier", "ene", "enero", "янв", "январь", "января", "jän", "jänner"},
            {"feb", "february", "februar", "févr", "fevr", "février", "fevrier", "febrero", "фев", "февраль", "февраля"},
            {"mar", "march", "mär", "mrz", "märz", "maerz", "mars", "marzo", "мар", "март", "марта"},
            {"apr", "april", "avr", "avril", "abr", "abril", "апр", "апрель", "апреля"},
            {"may", "mai", "mayo", "май", "мая"},
            {"jun", "june", "juni", "juin", "junio", "июн", "июнь", "июня"},
            {"jul", "july", "juli", "juil", "juillet", "julio", "июл", "июль", "июля"},
            {"aug", "august", "août", "aout", "ago", "agosto", "авг", "август", "августа"},
            {"sep", "sept", "september", "septembre", "septiembre", "сен", "сент", "сентябрь", "сентября"},
            {"oct", "october", "okt", "oktober", "octobre", "octubre", "окт", "октябрь", "октября"},
            {"nov", "november", "novembre", "noviembre", "ноя", "нояб", "ноябрь", "ноября"},
            {"dec", "december", "dez", "dezember", "déc", "décembre", "decembre", "dic", "diciembre", "дек", "декабрь", "декабря"}};
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                MONTHS.put(name, month + 1);
            }
        }
    }

    static final String MONTH_WORD = "(?:[A-Za-zÀ-ÿА-Яа-яЁё]{3,10})\\.?";
    static final String DATE = "(?:" + MONTH_WORD + "\\s+\\d{4}|\\d{1,2}[/.]\\d{4}|\\d{4}[-/.]\\d{1,2}(?!\\d)|\\d{4})";
    static final String PRESENT = "(?:present|current|now|today|heute|jetzt|aktuell|dato|présent|aujourd'hui|actuel|actualidad|presente|actual"
            + "|настоящее\\s+время|наст\\.?\\s*вр\\.?|н\\.\\s*в\\.|сейчас|по\\s+н\\.\\s*в\\.)";
    static final String DASH = "\\s*(?:–|—|-|−|to|bis|à|a|al|hasta|по|до)\\s*";
    static final Pattern RANGE = Pattern.compile("(?iu)(?<!\\d)(" + DATE + ")" + DASH + "(" + DATE + "|" + PRESENT + ")(?![\\d\\p{L}])");
    static final Pattern SINCE = Pattern.compile("(?iu)(?:since|seit|depuis|desde|с)\\s+(" + DATE + ")(?!\\d)");
    static final Pattern SINGLE = Pattern.compile("(?iu)(?<![\\d\\p{L}])(" + DATE + ")(?![\\d\\p{L}])");

    public static Optional<MonthRange> find(String line) {
        Matcher range = RANGE.matcher(line);
        while (range.find()) {
            Optional<String[]> start = month(range.group(1), true);
            String endText = range.group(2);
            boolean present = endText.matches("(?iu)" + PRESENT);
            Optional<String[]> end = present ? Optional.of(new String[]{null, "false"}) : month(endText, false);
            if (start.isPresent() && end.isPresent()) {
                boolean approximate = Boolean.parseBoolean(start.get()[1]) || Boolean.parseBoolean(end.get()[1]);
                return Optional.of(new MonthRange(start.get()[0], end.get()[0], approximate, range.start(), range.end()));
            }
        }
        Matcher since = SINCE.matcher(line);
        if (since.find()) {
            Optional<String[]> start = month(since.group(1), true);
            if (start.isPresent()) {
                return Optional.of(new MonthRange(start.get()[0], null, Boolean.parseBoolean(start.get()[1]),
                        since.start(), since.end()));
            }
        }
        return Optional.empty();
    }

    /** A single month or year, e.g. a certification date. */
    public static Optional<MonthRange> single(String line) {
        Matcher single = SINGLE.matcher(line);
        while (single.find()) {
            Optional<String[]> month = month(single.group(1), true);
            if (month.isPresent()) {
                return Optional.of(new MonthRange(month.get()[0], month.get()[0], Boolean.parseBoolean(month.get()[1]),
                        single.start(), single.end()));
            }
        }
        return Optional.empty();
    }

    /** [YYYY-MM, approximate?] */
    static Optional<String[]> month(String text, boolean start) {
        String value = text.strip();
        Matcher m;
        if ((m = Pattern.compile("^(\\d{1,2})[/.](\\d{4})$").matcher(value)).matches()) {
            return of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), false);
        }
        if ((m = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})$").matcher(value)).matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), false);
        }
        if ((m = Pattern.compile("^(\\d{4})$").matcher(value)).matches()) {
            return of(Integer.parseInt(m.group(1)), start ? 1 : 12, true);
        }
        if ((m = Pattern.compile("(?iu)^(\\p{L}+)\\.?\\s+(\\d{4})$").matcher(value)).matches()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month == null && m.group(1).length() > 3) {
                month = MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
            }
            return month == null ? Optional.empty() : of(Integer.parseInt(m.group(2)), month, false);
        }
        return Optional.empty();
    }

    private static Optional<String[]> of(int year, int month, boolean approximate) {
        if (year < 1950 || year > 2100 || month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(new String[]{String.format("%04d-%02d", year, month), Boolean.toString(approximate)});
    }
}
