package io.resumetailor.matching.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text as the analyzer sees it: stems (lower case, folded) with their token positions.
 * A German compound adds its parts at its own position, so "Intensivpflege" is also
 * "intensiv" and "pfleg". Acronyms written in capitals are kept apart as {@code _icu}, so
 * the acronym ALS is never the German word "als". {@code words} holds, for each stem, the word
 * it was cut from as written (lower case), empty for a part of a German compound: a product
 * name is matched by that word, not by its stem ("excellent" stems to "excel").
 */
public record AnalyzedText(List<String> terms, int[] positions, List<String> words, boolean[] capitals) {

    /**
     * Whether the word of the stem at {@code index} is written with a capital (the whole text in capitals counts too; a
     * part of a German compound is its compound's).
     */
    public boolean capitalised(int index) {
        return capitals.length == 0 || capitals[index];
    }

    public Set<String> termSet() {
        return new HashSet<>(terms);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether every one of {@code stems} occurs, all within a window of {@code stems.size() + slack} positions. */
    public boolean containsWithin(List<String> stems, int slack) {
        if (stems.isEmpty()) {
            return false;
        }
        int first = terms.indexOf(stems.get(0));
        if (first < 0) {
            return false;
        }
        if (stems.size() == 1) {
            return true;
        }
        int window = stems.size() + slack;
        for (int start = 0; start < terms.size(); start++) {
            if (!stems.contains(terms.get(start))) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (int i = start; i < terms.size() && positions[i] - positions[start] < window; i++) {
                if (stems.contains(terms.get(i))) {
                    seen.add(terms.get(i));
                }
            }
            if (seen.size() == new HashSet<>(stems).size()) {
                return true;
            }
        }
        return false;
    }
}
