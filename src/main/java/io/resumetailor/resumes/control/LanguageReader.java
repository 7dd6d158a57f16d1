package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.ResumeLanguage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spoken languages with their level, from a languages section or a labelled line anywhere
 * ("Languages: English (Fluent), German (A1)", "Idiomas: Español (Nativo)", "Language: Fluent
 * in Spanish"). A level is a CEFR grade or a level word in five languages ("native",
 * "Muttersprache", "langue maternelle", "nativo", "родной"), in the same item, the next cell
 * or the next line. A language without a level is left out and named, as the data model
 * requires one.
 */
final class LanguageReader {

    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:languages?(?:\\s+known)?|spoken\\s+languages|sprachen|"
            + "sprachkenntnisse|langues|idiomas|lenguas|языки|знание\\s+языков|иностранные\\s+языки)\\s*[:：]\\s*");
    private static final Pattern WORD = Pattern.compile("(?u)\\p{L}+");
    private static final String LANGUAGE_WORDS = "(?:language|sprache|langue|idioma|lengua|язык)(?![\\p{L}])";
    /** "Английский язык", "English language": the word for language qualifies nothing. */
    private static final Pattern LANGUAGE_WORD = Pattern.compile("(?iu)(?<![\\p{L}])" + LANGUAGE_WORDS);
    /** The same word opening a level ("язык – разговорный"), but not "langue maternelle", which is one. */
    private static final Pattern LEADING_LANGUAGE_WORD = Pattern.compile("(?iu)^\\s*" + LANGUAGE_WORDS + "(?!\\s+matern)");
    /** A level in brackets or after a separator: "(Nativo)", " - fluent", ": C1". */
    private static final Pattern LEVEL_PART = Pattern.compile("(?u)\\(.*?\\)|\\s[-–—:]\\s.*$|:.*$");

    private LanguageReader() {
    }

    /** Whether a line opens with a label for languages ("Sprachen: Deutsch (Muttersprache), Englisch (C1)"). */
    static boolean labelled(ResumeLine line) {
        return !line.cells().isEmpty() && LABEL.matcher(line.cells().get(0).strip()).lookingAt();
    }

    static List<ResumeLanguage> read(List<ResumeSection> sections, List<String> uncertain) {
        Map<String, String> found = new LinkedHashMap<>();
        List<String> withoutLevel = new ArrayList<>();
        for (ResumeSection section : sections) {
            List<ResumeLine> lines = section.lines();
            boolean continued = false;
            boolean underSubheading = false;
            for (int i = 0; i < lines.size(); i++) {
                ResumeLine line = lines.get(i);
                if (gridRow(line.cells(), found)) {
                    continue;
                }
                List<String> items = new ArrayList<>();
                boolean languageSection = section.kind() == Section.LANGUAGES || continued;
                continued = false;
                for (String cell : line.cells()) {
                    Matcher label = LABEL.matcher(cell);
                    if (label.lookingAt()) {
                        languageSection = true;
                        items.addAll(items(cell.substring(label.end())));
                    } else if (languageSection) {
                        items.addAll(items(cell));
                    }
                }
                continued = languageSection && section.kind() != Section.LANGUAGES
                        && (line.text().strip().endsWith(",") || underSubheading && !items.isEmpty() && language(items.get(0)) != null);
                underSubheading = continued && underSubheading;
                if (!languageSection && i + 1 < lines.size() && subheading(line.text())) {
                    continued = true; // "Fremdsprachen" set as body text inside "Kenntnisse & Fähigkeiten"
                    underSubheading = true;
                    continue;
                }
                if (!languageSection) {
                    levelFirst(line.text(), found);
                    for (String cell : line.cells()) {
                        for (String item : items(cell)) {
                            if (withLevel(item)) {
                                String language = language(item);
                                found.putIfAbsent(language, level(item.replaceFirst("(?iu)" + Pattern.quote(language), " ")));
                            }
                        }
                    }
                    continue;
                }
                for (int j = 0; j < items.size(); j++) {
                    String item = items.get(j);
                    String language = language(item);
                    if (language == null || found.containsKey(language)) {
                        continue;
                    }
                    String level = level(item.replaceFirst("(?iu)" + Pattern.quote(language), " "));
                    if (level == null && j + 1 < items.size() && language(items.get(j + 1)) == null) {
                        level = level(items.get(j + 1));
                    }
                    if (level == null && items.size() == 1 && i + 1 < lines.size() && language(lines.get(i + 1).text()) == null) {
                        level = level(lines.get(i + 1).text());
                    }
                    if (level == null) {
                        withoutLevel.add(language);
                    } else {
                        found.put(language, level);
                    }
                }
            }
        }
        for (String language : withoutLevel) {
            if (!found.containsKey(language)) {
                uncertain.add("languages: no level given for " + language + "; left out");
            }
        }
        List<ResumeLanguage> out = new ArrayList<>();
        found.forEach((language, level) -> out.add(new ResumeLanguage(language, level)));
        return out;
    }

    /**
     * A row of the Europass language grid: "Mother tongue(s) | Español" (the languages are
     * native, as the label says) or "English | B2 B2 B2 B1 B2" (graded in each skill).
     */
    private static boolean gridRow(List<String> cells, Map<String, String> found) {
        if (cells.size() < 2) {
            return false;
        }
        List<String> rest = cells.subList(1, cells.size());
        if (EuropassGrid.motherTongue(cells.get(0))) {
            String level = cells.get(0).strip().replaceAll("\\(\\p{L}{1,2}\\)", "");
            for (String cell : rest) {
                for (String item : items(cell)) {
                    String language = language(item);
                    if (language != null) {
                        found.putIfAbsent(language, level);
                    }
                }
            }
            return true;
        }
        String language = language(cells.get(0));
        if (language == null || cells.get(0).strip().split("\\s+").length > 2) {
            return false;
        }
        Optional<String> level = EuropassGrid.rowLevel(String.join(" ", rest));
        if (level.isEmpty() && cells.size() == 2 && cells.get(1).strip().split("\\s+").length <= 4
                && language(cells.get(1)) == null) {
            level = Optional.ofNullable(level(cells.get(1))); // "Anglais: | courant" in a column of personal details
        }
        level.ifPresent(l -> found.putIfAbsent(language, l));
        return level.isPresent();
    }

    /** A line that names the languages below it: a languages heading set as a line of another section. */
    private static boolean subheading(String text) {
        String t = text.strip();
        return t.length() <= 40 && SectionVocabulary.section(t).filter(kind -> kind == Section.LANGUAGES).isPresent();
    }

    /** "Deutsch (C1)", "English - fluent": a short item naming a language and a level, unmistakable anywhere. */
    static boolean withLevel(String item) {
        String language = language(item);
        return language != null && (item.split("\\s+").length <= 5 || BRACKETED.matcher(item).matches())
                && level(item.replaceFirst("(?iu)" + Pattern.quote(language), " ")) != null;
    }

    /** "Englisch (fortgeschritten in Wort und Schrift)": the language alone, its level in brackets after it. */
    private static final Pattern BRACKETED = Pattern.compile("(?u)^\\s*\\p{L}+(?:\\s+\\p{L}+)?\\s*\\([^()]{1,60}\\)[\\s,.;]*$");

    /**
     * "Fluent in English and Vietnamese", "bilingue en français et en anglais", "свободно владею
     * английским": a level word, then the languages it applies to.
     */
    private static final Pattern LEVEL_FIRST = Pattern.compile("(?iu)(?<![\\p{L}])(fluent|bilingual|proficient|native\\s+speaker|"
            + "fließend|verhandlungssicher|courant|bilingue|fluido|nativo)\\s+(?:in|en|auf|de)\\s+"
            + "((?:en\\s+)?\\p{L}+(?:\\s*(?:,|and|und|et|y|&)\\s*(?:en\\s+)?\\p{L}+){0,4})");

    private static void levelFirst(String text, Map<String, String> found) {
        Matcher m = LEVEL_FIRST.matcher(text);
        while (m.find()) {
            for (String word : m.group(2).split("\\s*(?:,|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|&)\\s*")) {
                String name = word.replaceFirst("(?iu)^en\\s+", "").strip();
                if (LanguageNames.isLanguage(name)) {
                    found.putIfAbsent(Character.toUpperCase(name.charAt(0)) + name.substring(1), m.group(1));
                }
            }
        }
    }

    /**
     * Items of a list line: commas, semicolons, bullets, pipes; brackets stay with their item,
     * and "PL/SQL", "CI / CD", "C/C++" stay whole.
     */
    static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder item = new StringBuilder();
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth <= 0 && ",;|•·⋄".indexOf(c) >= 0) {
                items.add(item.toString().strip());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString().strip());
        items.removeIf(String::isBlank);
        return items;
    }

    /**
     * Whether a list names a language people speak ("English (C1), German"); "Java, C#, Python" after a "Languages" label
     * names programming languages.
     */
    static boolean namesSpokenLanguage(String list) {
        return items(list).stream().anyMatch(item -> language(item) != null);
    }

    /**
     * The language an item names, as written: the language word with the words that qualify it
     * ("Chino mandarín", "Brazilian Portuguese") when the item is that short, else the word alone.
     */
    static String language(String item) {
        Matcher word = WORD.matcher(item);
        while (word.find()) {
            if (LanguageNames.isLanguage(word.group())) {
                String name = word.group();
                String phrase = LEVEL_PART.matcher(item).replaceAll(" ").replaceAll("[\\s:,.–—-]+$", "").strip();
                boolean qualified = phrase.contains(name) && phrase.split("\\s+").length <= 2 && phrase.matches("(?u)[\\p{L} ]+")
                        && !LanguageNames.LEVEL.matcher(phrase).find() && !LANGUAGE_WORD.matcher(phrase).find();
                String chosen = qualified ? phrase : name;
                return Character.toUpperCase(chosen.charAt(0)) + chosen.substring(1);
            }
        }
        return null;
    }

    /**
     * The level words of the text as written ("verhandlungssicher (C1)" stays whole, its closing
     * bracket too), or null.
     */
    static String level(String text) {
        String clean = LEADING_LANGUAGE_WORD.matcher(text).replaceFirst("")
                .replaceAll("(?iu)^[\\s:–—(\\-]*(?:in\\s+)?|[\\s:–—),.-]*$", "").strip();
        clean = clean.replaceAll("(?iu)\\s+in$", "").strip();
        if (clean.chars().filter(c -> c == '(').count() > clean.chars().filter(c -> c == ')').count()) {
            clean = clean + ")"; // the bracket the trailing strip took closed "fluent (C1)"
        }
        if (clean.length() > 40) {
            // "C1 Advanced (Professional Working Proficiency)", "Fluent | EFSET Reading/Listening C2 Proficient",
            // "Avancé. Attesté par le Cambridge First Certificate": the first level phrase
            String first = clean.replaceAll("^\\(|\\)$", "").split("\\s*[|(;]\\s*|,\\s+|\\.\\s+", 2)[0].strip();
            clean = first.length() < clean.length() ? first : clean;
        }
        if (clean.isEmpty() || !LanguageNames.LEVEL.matcher(clean).find() || clean.length() > 40) {
            return null;
        }
        return clean.replaceAll("^\\((.*)\\)$", "$1").strip();
    }
}
