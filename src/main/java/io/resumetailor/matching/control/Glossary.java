package io.resumetailor.matching.control;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plain head words of requirements and job titles in five languages ({@code /matching/words.tsv}:
 * "customer", "Kunde", "client", "cliente", "клиент" are one key), so that a resume in one
 * language can evidence a requirement written in another where the skills lexicon has no
 * concept for it. A word stands for its stem in its language's analysis; a stem that several
 * words share stands for all their keys. Used only across languages: within one language the
 * stems themselves are compared, and synonyms are not.
 */
final class Glossary {

    static final String MARK = "~";

    private final Map<Language, Map<String, Set<String>>> keys = new EnumMap<>(Language.class);

    private static final class Standard {
        static final Glossary INSTANCE = load(Lexicon.standard().analysis());
    }

    static Glossary standard() {
        return Standard.INSTANCE;
    }

    Glossary(List<String> rows, TextAnalysis analysis) {
        for (Language language : Language.values()) {
            keys.put(language, new HashMap<>());
        }
        for (String row : rows) {
            String[] cells = row.split("\t", -1);
            if (cells.length != 1 + Lexicon.COLUMNS.length) {
                throw new IllegalStateException("words.tsv: key and " + Lexicon.COLUMNS.length + " languages expected in: " + row);
            }
            for (int i = 0; i < Lexicon.COLUMNS.length; i++) {
                Language language = Lexicon.COLUMNS[i];
                for (String word : Lexicon.names(cells[1 + i])) {
                    List<String> terms = analysis.analyze(word, language).terms();
                    if (!terms.isEmpty()) {
                        keys.get(language).computeIfAbsent(terms.get(0), stem -> new TreeSet<>()).add(cells[0]);
                    }
                }
            }
        }
    }

    static Glossary load(TextAnalysis analysis) {
        return new Glossary(Lexicon.lines("/matching/words.tsv"), analysis);
    }

    /** The keys of a stem of {@code language}; empty when the list does not know it. */
    Set<String> keys(String stem, Language language) {
        return keys.get(language).getOrDefault(stem, Set.of());
    }

    /** The keys of all of {@code stems}. */
    Set<String> keys(Collection<String> stems, Language language) {
        Set<String> all = new LinkedHashSet<>();
        for (String stem : stems) {
            all.addAll(keys(stem, language));
        }
        return all;
    }

    /** The stem as a language-neutral token ({@code ~customer}, {@code ~audit|exam} when it has several keys), or itself when unknown. */
    String token(String stem, Language language) {
        Set<String> found = keys(stem, language);
        return found.isEmpty() ? stem : MARK + String.join("|", found);
    }

    /** Whether a token of {@link #token} is met by a line with these keys. */
    static boolean meets(String token, Set<String> lineKeys) {
        for (String key : token.substring(MARK.length()).split("\\|")) {
            if (lineKeys.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
