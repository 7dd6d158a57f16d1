package io.resumetailor.matching.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of the skills lexicon: a skill, tool, certificate, licence, language or degree
 * with every name it goes by. {@code neutral} names are the same in every language
 * (acronyms, product names); {@code names} holds each language's own. {@code exact} are the
 * one-word names found only where written as such (the lexicon marks them with a leading
 * {@code =}): their stem is another word's too, "animation" and "animal" are both "anim". {@code capitalised} are the
 * product names that are also everyday words, found only written with a capital (marked {@code ^}): "Outlook", not "a
 * positive outlook" or "convective outlooks"; "Rust", not "rust removal".
 */
public record Concept(String id, String family, String kind, List<String> neutral, Map<Language, List<String>> names,
                      Set<String> exact, Set<String> capitalised) {

    /** The name to show: the English one, else the first neutral one. */
    public String label() {
        List<String> english = names.getOrDefault(Language.EN, List.of());
        return english.isEmpty() ? neutral.get(0) : english.get(0);
    }

    public List<String> allNames() {
        ArrayList<String> all = new ArrayList<>(neutral);
        names.values().forEach(all::addAll);
        return all;
    }
}
