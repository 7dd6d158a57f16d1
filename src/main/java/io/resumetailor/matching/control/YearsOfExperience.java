package io.resumetailor.matching.control;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "N years of X" in five languages: "3+ years' experience in", "mindestens drei Jahre",
 * "5 ans d'expérience", "al menos 2 años de experiencia", "опыт работы от 3 лет". The
 * number may be a digit or a word; a range ("3-5 years") counts its lower end. A number of years
 * after "last" or "past" in any of the languages is a time window, not a length of experience.
 */
final class YearsOfExperience {

    static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("ten", 10),
            Map.entry("ein", 1), Map.entry("einem", 1), Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("vier", 4),
            Map.entry("fünf", 5), Map.entry("sechs", 6), Map.entry("zehn", 10),
            Map.entry("un", 1), Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
            Map.entry("dix", 10), Map.entry("uno", 1), Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4),
            Map.entry("cinco", 5), Map.entry("diez", 10), Map.entry("одного", 1), Map.entry("двух", 2),
            Map.entry("трех", 3), Map.entry("трёх", 3), Map.entry("четырех", 4), Map.entry("пяти", 5), Map.entry("десяти", 10));

    static final String NUMBER = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|ten|ein|einem|zwei|drei|vier|fünf|sechs|zehn"
            + "|un|deux|trois|quatre|cinq|dix|uno|dos|tres|cuatro|cinco|diez|одного|двух|тр[её]х|четырех|пяти|десяти)";
    static final Pattern YEARS = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + NUMBER + "(?:-х)?\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to|bis|à|a|до)\\s*\\d{1,2}\\s*)?"
            + "(?:years?|yrs?|jahren?|jahre|ans?|années?|annees?|años?|anos?|лет|года?)(?:'|’|'s)?(?![\\p{L}])"
            + "(?!\\s*(?:of age|old|alt|d'âge|de edad|révolus))");

    record Found(int years, int start, int end) {
    }

    private YearsOfExperience() {
    }

    /**
     * A time window before the number: "in the last 5 years", "in den letzten 5 Jahren", "en los últimos 5 años",
     * "за последние 5 лет". It says when something counts ("3 publications in the last 5 years", "a refresher
     * within the past 2 years"), not how long the candidate has worked.
     */
    /** How far before the years a time window's words may stand ("in den letzten 5 Jahren", "за последние 5 лет"). */
    static final int WINDOW_REACH = 40;
    static final Pattern WINDOW = Pattern.compile("(?iu)(?<![\\p{L}])(?:last|past|previous|letzten|vergangenen|zurückliegenden"
            + "|derniers|dernières|últimos|ultimos|pasados|последние|последних|прошедшие)\\s*$");

    static Found find(String text) {
        Matcher matcher = YEARS.matcher(text);
        boolean found = matcher.find();
        while (found && WINDOW.matcher(text.substring(Math.max(0, matcher.start() - WINDOW_REACH), matcher.start())).find()) {
            found = matcher.find();
        }
        if (!found) {
            return null;
        }
        String number = matcher.group(1).toLowerCase(Locale.ROOT);
        Integer years = number.chars().allMatch(Character::isDigit) ? Integer.valueOf(number) : WORDS.get(number);
        if (years == null || years == 0 || years > 40) {
            return null;
        }
        return new Found(years, matcher.start(), matcher.end());
    }
}
