package io.resumetailor.matching.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a language is spoken, on the CEFR scale (1 = A1 ... 6 = C2), read from a CEFR
 * code ("B2", "C1+") or from the words of {@code /matching/language-levels.tsv} in five
 * languages ("verhandlungssicher", "langue maternelle", "выше среднего"). "German B1" is no
 * evidence for "German C1", "Englisch Grundkenntnisse" none for "verhandlungssicher".
 */
final class LanguageLevel {

    static final Pattern CEFR = Pattern.compile("(?<![\\p{L}\\d])([ABC])([12])\\+?(?![\\p{L}\\d])");

    private record Cue(int level, String phrase) {
    }

    private static final class Standard {
        static final List<Cue> CUES = load();
    }

    private LanguageLevel() {
    }

    /** The levels a text names, CEFR codes and level words, in no order; empty when it names none. */
    static List<Integer> levels(String text) {
        List<Integer> levels = new ArrayList<>();
        Matcher cefr = CEFR.matcher(text);
        while (cefr.find()) {
            levels.add((cefr.group(1).charAt(0) - 'A') * 2 + cefr.group(2).charAt(0) - '0');
        }
        String folded = " " + Cues.fold(CEFR.matcher(text).replaceAll(" ")).strip() + " ";
        for (Cue cue : Standard.CUES) {
            int at = folded.indexOf(" " + cue.phrase() + " ");
            if (at >= 0) {
                levels.add(cue.level());
                folded = folded.substring(0, at + 1) + " ".repeat(cue.phrase().length()) + folded.substring(at + 1 + cue.phrase().length());
            }
        }
        return levels;
    }

    /**
     * The lowest level a requirement accepts ("native or fluent (C1+)": C1), or 0 when it names none. "Bilingual" in a
     * posting asks working fluency in both languages (C1), not a native speaker's C2: it is what postings say of people
     * who work in both, and on a resume line it still states C2 ({@link #stated}).
     */
    static int asked(String text) {
        Matcher bilingual = RequirementForms.BILINGUAL.matcher(text);
        List<Integer> levels = levels(bilingual.replaceAll(" "));
        if (bilingual.reset().find()) {
            levels.add(FLUENT);
        }
        return levels.stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** C1. */
    static final int FLUENT = 5;

    /** The level a resume line states (the highest it names), or 0 when it names none. */
    static int stated(String text) {
        return levels(text).stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The CEFR code of a level, 1 to 6: "A1" to "C2". */
    static String code(int level) {
        return "ABC".charAt((level - 1) / 2) + String.valueOf((level - 1) % 2 + 1);
    }

    private static List<Cue> load() {
        List<Cue> cues = new ArrayList<>();
        for (String line : Lexicon.lines("/matching/language-levels.tsv")) {
            String[] cells = line.split("\t");
            Matcher code = CEFR.matcher(cells[0]);
            if (cells.length != 2 || !code.matches()) {
                throw new IllegalStateException("language-levels.tsv: level<TAB>phrase expected, not: " + line);
            }
            cues.add(new Cue((code.group(1).charAt(0) - 'A') * 2 + code.group(2).charAt(0) - '0', Cues.fold(cells[1]).strip()));
        }
        cues.sort((a, b) -> b.phrase().length() - a.phrase().length());
        return List.copyOf(cues);
    }
}
