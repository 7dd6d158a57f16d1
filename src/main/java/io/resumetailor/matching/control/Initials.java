package io.resumetailor.matching.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
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
        Map<String, Run> runs = new LinkedHashMap<>();
        read(text, capitalisedPairs, (acronym, taken) -> runs.putIfAbsent(acronym, new Run(acronym, List.copyOf(taken))));
        return List.copyOf(runs.values());
    }

    /** Only the acronyms of {@link #runs}, for a line that is asked whether it spells one out. */
    static Set<String> acronyms(String text, boolean capitalisedPairs) {
        Set<String> acronyms = new HashSet<>();
        read(text, capitalisedPairs, (acronym, taken) -> acronyms.add(acronym));
        return acronyms;
    }

    /**
     * Hands each run's acronym (marked as the analyzer marks them) and its significant words to {@code found}, the
     * significant initials first, then all initials where small words are kept. Each word is looked at once: whether it
     * is small, an acronym, capitalised, and its initial.
     */
    private static void read(String text, boolean capitalisedPairs, BiConsumer<String, List<String>> found) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        int count = words.size();
        boolean[] small = new boolean[count];
        boolean[] acronym = new boolean[count];
        boolean[] capital = new boolean[count];
        String[] initial = new String[count];
        for (int i = 0; i < count; i++) {
            String word = words.get(i);
            small[i] = isSmall(word);
            acronym[i] = isAcronym(word);
            capital[i] = Character.isUpperCase(word.codePointAt(0));
            initial[i] = new String(Character.toChars(word.codePointAt(0))).toLowerCase(Locale.ROOT);
        }
        for (int start = 0; start < count; start++) {
            if (small[start] || acronym[start]) {
                continue;
            }
            StringBuilder significant = new StringBuilder("_");
            StringBuilder all = new StringBuilder("_");
            boolean capitals = true;
            List<String> taken = new ArrayList<>();
            for (int i = start; i < count && taken.size() < LONGEST; i++) {
                all.append(initial[i]);
                if (small[i]) {
                    continue;
                }
                if (acronym[i]) {
                    break;
                }
                significant.append(initial[i]);
                capitals &= capital[i];
                taken.add(words.get(i));
                if (taken.size() >= 2 && (!capitalisedPairs || capitals || taken.size() > 2)) {
                    found.accept(significant.toString(), taken);
                    if (all.length() != significant.length() && all.length() <= 7) {
                        found.accept(all.toString(), taken);
                    }
                }
            }
        }
    }

    /** A word that is an acronym already has no initial to give. */
    static boolean isAcronym(String word) {
        return word.length() >= 2 && word.codePoints().filter(Character::isUpperCase).count() >= 2;
    }

    static boolean isSmall(String word) {
        return SMALL.contains(word.toLowerCase(Locale.ROOT));
    }
}
