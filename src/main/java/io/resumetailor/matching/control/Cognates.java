package io.resumetailor.matching.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Spellings of one learned word across the Latin-script languages: "anthropology",
 * "Anthropologie", "anthropologie", "antropología"; "Photovoltaik", "photovoltaic",
 * "fotovoltaica"; "archaeology", "arqueología". The glossary cannot list every such word, and a
 * requirement read across languages keeps the words it does not know as they are, so their stems
 * are compared by a key that spells the sounds the same way: ph as f, th as t, ch, qu, ck and c as k,
 * y as i, ae and oe as e, doubled letters once. Keys are compared like stems (one begins the other,
 * running past it by at most {@value #LONGER_BY} letters) and only from {@value #SHORTEST} letters on,
 * where two different words rarely share one.
 * Cyrillic stems are left as they are.
 */
final class Cognates {

    /** The shortest key compared: shorter ones begin too many unrelated words. */
    static final int SHORTEST = 7;
    /**
     * How many letters one key may run past the other it begins: an ending ("antropologi", "antropolog"),
     * not a compound built on it ("Kontaktlinsenanpassung" is no "contact").
     */
    static final int LONGER_BY = 3;

    static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");

    private Cognates() {
    }

    /** Keys already spelt (a bounded number): the same stems are compared again and again. */
    static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    static final int KEPT = 50_000;

    /** The stem spelt by sound, lower case; unchanged when it is not in Latin letters. */
    static String key(String stem) {
        if (stem.isEmpty() || stem.charAt(0) > 'z') {
            return stem;
        }
        String known = KEYS.get(stem);
        if (known == null) {
            known = spell(stem);
            if (KEYS.size() > KEPT) {
                KEYS.clear();
            }
            KEYS.put(stem, known);
        }
        return known;
    }

    static String spell(String stem) {
        String key = stem.replace("ph", "f").replace("th", "t").replace("rh", "r").replace("ch", "k").replace("qu", "k")
                .replace("ck", "k").replace('c', 'k').replace('y', 'i').replace("ae", "e").replace("oe", "e");
        return DOUBLED.matcher(key).replaceAll("$1");
    }
}
