package io.resumetailor.matching.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a text could be abbreviated to, read from the initials of its runs of words, so
 * that an acronym nobody defined still meets its long form: "Recursos Humanos" is RH,
 * "коммерческое предложение" КП, "Hours of Service" HOS, "Управление торговлей" УТ. Small
 * words (of, de, für, и...) may be skipped or kept ("HOS" and "HS"). Only runs of two to
 * five words count; a two-letter acronym from a resume line needs capitalised words, since
 * two lower-case initials say little.
 */
final class Initials {

    static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*");
    static final Set<String> SMALL = Set.of("of", "and", "for", "the", "in", "on", "de", "des", "du", "la", "le", "les", "et",
            "der", "die", "das", "für", "und", "von", "del", "los", "las", "y", "e", "en", "а", "и", "по", "для", "в", "с");
    static final int LONGEST = 5;

    /** One run of words and the acronym its initials make, as the analyzer marks acronyms ({@code _hos}). */
    record Run(String acronym, List<String> words) {
    }

    private Initials() {
    }

    /**
     * The runs of {@code text} with their acronyms. With {@code capitalisedPairs}, two-word runs
     * count only when both words start with a capital.
     */
    static List<Run> runs(String text, boolean capitalisedPairs) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Map<String, Run> runs = new LinkedHashMap<>();
        for (int start = 0; start < words.size(); start++) {
            if (isSmall(words.get(start)) || isAcronym(words.get(start))) {
                continue;
            }
            StringBuilder significant = new StringBuilder();
            StringBuilder all = new StringBuilder();
            boolean capitals = true;
            List<String> taken = new ArrayList<>();
            for (int i = start; i < words.size() && taken.size() < LONGEST; i++) {
                String word = words.get(i);
                all.append(initial(word));
                if (isSmall(word)) {
                    continue;
                }
                if (isAcronym(word)) {
                    break;
                }
                significant.append(initial(word));
                capitals &= Character.isUpperCase(word.codePointAt(0));
                taken.add(word);
                if (taken.size() >= 2) {
                    boolean pairOk = !capitalisedPairs || capitals || taken.size() > 2;
                    if (pairOk) {
                        add(runs, significant.toString(), taken);
                        if (all.length() != significant.length() && all.length() <= 6) {
                            add(runs, all.toString(), taken);
                        }
                    }
                }
            }
        }
        return List.copyOf(runs.values());
    }

    private static void add(Map<String, Run> runs, String initials, List<String> words) {
        String acronym = "_" + initials.toLowerCase(Locale.ROOT);
        runs.putIfAbsent(acronym, new Run(acronym, List.copyOf(words)));
    }

    /** A word that is an acronym already has no initial to give. */
    static boolean isAcronym(String word) {
        return word.length() >= 2 && word.codePoints().filter(Character::isUpperCase).count() >= 2;
    }

    static boolean isSmall(String word) {
        return SMALL.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String initial(String word) {
        return new String(Character.toChars(word.codePointAt(0)));
    }
}
