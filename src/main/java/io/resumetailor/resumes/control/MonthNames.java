package io.resumetailor.resumes.control;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month and season words of English, German, French, Spanish and Russian, full, abbreviated
 * and inflected ("Sept", "févr", "März", "Mrz", "ene", "сентября"), looked up case- and
 * accent-insensitively. Seasons map to their first month and make a date approximate.
 */
final class MonthNames {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> SEASONS = new HashMap<>();

    static {
        String[][] months = {
            {"jan", "january", "januar", "jän", "jänner", "janv", "janvier", "ene", "enero", "янв", "январь", "января"},
            {"feb", "february", "februar", "fév", "févr", "février", "febr", "febrero", "фев", "февр", "февраль", "февраля"},
            {"mar", "march", "mär", "mrz", "märz", "mars", "marzo", "мар", "март", "марта"},
            {"apr", "april", "avr", "avril", "abr", "abril", "апр", "апрель", "апреля"},
            {"may", "mai", "mayo", "май", "мая"},
            {"jun", "june", "juni", "juin", "junio", "июн", "июнь", "июня"},
            {"jul", "july", "juli", "juil", "juillet", "julio", "июл", "июль", "июля"},
            {"aug", "august", "août", "ago", "agosto", "авг", "август", "августа"},
            {"sep", "sept", "september", "septembre", "septiembre", "setiembre", "set", "сен", "сент", "сентябрь", "сентября"},
            {"oct", "october", "okt", "oktober", "octobre", "octubre", "окт", "октябрь", "октября"},
            {"nov", "november", "novembre", "noviembre", "ноя", "нояб", "ноябрь", "ноября"},
            {"dec", "december", "dez", "dezember", "déc", "décembre", "dic", "diciembre", "дек", "декабрь", "декабря"}};
        for (int month = 0; month < months.length; month++) {
            for (String name : months[month]) {
                MONTHS.put(fold(name), month + 1);
            }
        }
        String[][] seasons = {
            {"3", "spring", "frühling", "frühjahr", "printemps", "primavera", "весна", "весной"},
            {"6", "summer", "sommer", "été", "verano", "лето", "летом"},
            {"9", "fall", "autumn", "herbst", "automne", "otoño", "осень", "осенью"},
            {"1", "winter", "hiver", "invierno", "зима", "зимой"}};
        for (String[] season : seasons) {
            for (int i = 1; i < season.length; i++) {
                SEASONS.put(fold(season[i]), Integer.parseInt(season[0]));
            }
        }
    }

    private MonthNames() {
    }

    /**
     * 1..12, or 0 when the word is no month. A long month name with one typing slip ("FEBRAURY", "Feburary", "Decemeber",
     * "Setember") is that month: one letter added, left out, changed or two swapped, the first letter right, and no other
     * month that near.
     */
    static int month(String word) {
        String folded = fold(word);
        int month = MONTHS.getOrDefault(folded, 0);
        if (month != 0 || folded.length() < MISSPELT_LENGTH) {
            return month;
        }
        int near = 0;
        for (Map.Entry<String, Integer> name : MONTHS.entrySet()) {
            String known = name.getKey();
            if (known.length() >= MISSPELT_LENGTH && known.charAt(0) == folded.charAt(0) && oneSlip(folded, known)) {
                if (near != 0 && near != name.getValue()) {
                    return 0;
                }
                near = name.getValue();
            }
        }
        return near;
    }

    private static final int MISSPELT_LENGTH = 6;

    /** Whether two words differ by one letter added, left out or changed, or two neighbours swapped. */
    static boolean oneSlip(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1)) // changed
                    || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // swapped
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** The first month of a season word, or 0. */
    static int season(String word) {
        return SEASONS.getOrDefault(fold(word), 0);
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "").strip();
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        // strip accents of Latin letters, keep Cyrillic й/ё distinctions irrelevant to months
        return decomposed.replaceAll("\\p{M}", "");
    }
}
