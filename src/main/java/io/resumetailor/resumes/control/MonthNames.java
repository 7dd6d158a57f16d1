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

    /** 1..12, or 0 when the word is no month. */
    static int month(String word) {
        return MONTHS.getOrDefault(fold(word), 0);
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
