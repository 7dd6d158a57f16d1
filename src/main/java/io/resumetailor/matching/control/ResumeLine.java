package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Evidence;
import java.util.HashSet;
import java.util.Set;

/**
 * One line of a resume as evidence: where it is, what it says, its stems, the lexicon
 * concepts it names, for experience lines the job it belongs to, and two things that let
 * a requirement's words meet it in another form: the prefixes of its stems (so that
 * "Konstruktion" meets "Konstrukteur" and "выполнение" meets "выполнен", which Snowball
 * leaves apart) and the acronyms its runs of words make ("Recursos Humanos": RH).
 */
record ResumeLine(Evidence where, AnalyzedText analyzed, Set<String> stems, Set<String> concepts, int experienceEntry,
                  Set<String> prefixes, Set<String> initials) {

    /** The shortest stem that may stand for a longer one it begins: shorter ones begin too many words. */
    static final int SHORTEST_PREFIX = 5;

    static ResumeLine of(Evidence where, AnalyzedText analyzed, Set<String> concepts, int experienceEntry) {
        Set<String> stems = analyzed.termSet();
        Set<String> prefixes = new HashSet<>();
        for (String stem : stems) {
            if (!stem.startsWith("_")) {
                for (int length = SHORTEST_PREFIX; length < stem.length(); length++) {
                    prefixes.add(stem.substring(0, length));
                }
            }
        }
        Set<String> initials = new HashSet<>();
        Initials.runs(where.text(), true).forEach(run -> initials.add(run.acronym()));
        return new ResumeLine(where, analyzed, stems, concepts, experienceEntry, prefixes, initials);
    }

    /**
     * Whether the line states {@code stem}: the same stem, a stem it begins or that begins it
     * (both at least {@value #SHORTEST_PREFIX} letters), or, for an acronym, words of the line
     * whose initials it is.
     */
    boolean mentions(String stem) {
        if (stems.contains(stem)) {
            return true;
        }
        if (stem.startsWith("_")) {
            return initials.contains(stem);
        }
        if (stem.length() < SHORTEST_PREFIX) {
            return false;
        }
        if (prefixes.contains(stem)) {
            return true;
        }
        for (int length = SHORTEST_PREFIX; length < stem.length(); length++) {
            if (stems.contains(stem.substring(0, length))) {
                return true;
            }
        }
        return false;
    }
}
