package io.resumetailor.matching.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * The multilingual skills lexicon, kept as data: one tab-separated file per occupational
 * family under {@code /matching/lexicon/} (listed in {@code families.txt}), one concept a
 * line: {@code id, kind, neutral names, en, de, fr, es, ru}, names separated by {@code |}.
 * Every name is analysed with every language's analyzer, so a concept is found in a text
 * of any language by the stems of any of its names, and the German nouns of the lexicon
 * are what compounds are split into. An acronym also counts written in lower case ("hgv"),
 * unless a stemmer would cut it into another word (French "cia" is "ci"). A one-word name
 * written with a leading {@code =} is found only where it is written so (or with a plural s):
 * its stem is another common word's ("animation" and "animal" are "anim", French "assurance"
 * and "assurer" are "assur").
 */
public final class Lexicon {

    static final String ROOT = "/matching/lexicon/";
    static final Language[] COLUMNS = {Language.EN, Language.DE, Language.FR, Language.ES, Language.RU};

    /**
     * A name of a concept as stems, for one analyzer. A one-word product name ("Excel", "Sage"),
     * or one the lexicon marks exact, also keeps the {@code words} it is written as: it is found
     * only where one of them is written, since its stem is often another word's too ("excellent"
     * stems to "excel"); empty for other names. {@code product} tells a product's name.
     */
    record Form(Concept concept, List<String> stems, Set<String> words, boolean product, Set<String> bare, boolean capitalised) {

        Form(Concept concept, List<String> stems, Set<String> words, boolean product) {
            this(concept, stems, words, product, Set.of(), false);
        }

        /**
         * Whether the name is written at that word; {@code bare} are the acronyms among {@code words} spelled in lower case,
         * which take no plural: French "sens" is no "SEN" ("sens du relationnel").
         */
        boolean writtenAt(AnalyzedText text, int index) {
            if (words.isEmpty() || text.words().isEmpty()) {
                return true;
            }
            String word = text.words().get(index);
            if (capitalised && !text.capitalised(index)) {
                return false; // "a positive outlook", "rust removal": the everyday word, not the product
            }
            if (word.isEmpty()) { // a part of a compound: the name must begin it ("Exceltabellen"), not sit inside ("terrestrisches")
                int whole = index;
                while (whole > 0 && text.words().get(whole).isEmpty()) {
                    whole--;
                }
                String compound = text.words().get(whole);
                return compound.isEmpty() || words.stream().anyMatch(compound::startsWith);
            }
            String singular = POSSESSIVE.matcher(word).replaceFirst("");
            return words.contains(word) || words.contains(singular) && !bare.contains(singular);
        }
    }

    /** A plural or possessive ending a product name may be written with ("Excel's", "PLCs"). */
    static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?:['’]s|s)$");

    private final Map<String, Concept> concepts;
    private final TextAnalysis analysis;
    private final Map<Language, Map<String, List<Form>>> byFirstStem = new EnumMap<>(Language.class);
    private final Map<Language, Set<String>> fillerStems = new EnumMap<>(Language.class);

    private static final class Standard {
        static final Lexicon INSTANCE = load();
    }

    /** The lexicon of the project's data, with its analysis; loaded once. */
    public static Lexicon standard() {
        return Standard.INSTANCE;
    }

    Lexicon(Map<String, Concept> concepts, Collection<String> extraGermanParts) {
        this.concepts = concepts;
        Set<String> germanParts = new LinkedHashSet<>(extraGermanParts);
        concepts.values().forEach(concept -> concept.names().getOrDefault(Language.DE, List.of()).forEach(name -> {
            for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() >= 4) {
                    germanParts.add(word);
                }
            }
        }));
        this.analysis = new TextAnalysis(germanParts);
        for (Language language : Language.values()) {
            Set<String> filler = new HashSet<>();
            Set<String> proofs = new HashSet<>();
            for (String kind : List.of(Cues.FILLER, Cues.EDUCATION_WORD, Cues.CERTIFICATION_WORD, Cues.LICENCE_WORD)) {
                Cues.standard().phrases(kind).stream().filter(word -> !word.contains(" "))
                        .forEach(word -> filler.addAll(analysis.analyze(word, language).terms()));
            }
            for (String kind : List.of(Cues.CERTIFICATION_WORD, Cues.LICENCE_WORD)) {
                Cues.standard().phrases(kind).stream().filter(word -> !word.contains(" "))
                        .forEach(word -> proofs.addAll(analysis.analyze(word, language).terms()));
            }
            fillerStems.put(language, filler);
            Map<String, List<Form>> index = new HashMap<>();
            Map<String, Set<String>> numbered = new HashMap<>();
            Map<String, Set<String>> plain = new HashMap<>();
            for (Concept concept : concepts.values()) {
                for (String name : concept.allNames()) {
                    List<String> stems = analysis.analyze(name, language).terms();
                    if (stems.size() == 1 && DIGIT.matcher(name).find() && !DIGIT.matcher(stems.get(0)).find()) {
                        numbered.computeIfAbsent(stems.get(0), stem -> new HashSet<>()).add(concept.id());
                    } else if (stems.size() == 1 && !DIGIT.matcher(name).find()) {
                        plain.computeIfAbsent(concept.id(), id -> new HashSet<>()).add(stems.get(0));
                    }
                }
            }
            for (Concept concept : concepts.values()) {
                Map<List<String>, Set<String>> seen = new LinkedHashMap<>();
                Set<List<String>> words = new HashSet<>();
                Set<List<String>> products = new HashSet<>();
                Set<String> lowerAcronyms = new HashSet<>();
                Set<List<String>> capitalisedStems = new HashSet<>();
                for (String name : concept.allNames()) {
                    AnalyzedText analyzed = analysis.analyze(name, language);
                    if (collapses(concept, name, analyzed, language, numbered, plain) || falseFriend(concept, name, analyzed, language, proofs)) {
                        continue;
                    }
                    seen.computeIfAbsent(analyzed.terms(), stems -> new HashSet<>());
                    if (concept.capitalised().contains(name)) {
                        capitalisedStems.add(analyzed.terms());
                    }
                    boolean product = analyzed.terms().size() == 1 && isProductName(concept, name);
                    if (product || analyzed.terms().size() == 1 && concept.exact().contains(name)) {
                        seen.get(analyzed.terms()).addAll(analyzed.words());
                        if (product) {
                            products.add(analyzed.terms());
                        }
                    } else {
                        words.add(analyzed.terms());
                    }
                    if (TextAnalysis.AcronymMarker.isAcronym(name) && !isCommonWord(name.toLowerCase(Locale.ROOT))) {
                        List<String> lower = analysis.analyze(name.toLowerCase(Locale.ROOT), language).terms();
                        if (lower.equals(List.of(name.toLowerCase(Locale.ROOT)))) {
                            seen.computeIfAbsent(lower, stems -> new HashSet<>()).add(name.toLowerCase(Locale.ROOT));
                            products.add(lower);
                            lowerAcronyms.add(name.toLowerCase(Locale.ROOT));
                        }
                    }
                }
                seen.forEach((stems, written) -> {
                    if (!stems.isEmpty()) {
                        Set<String> only = words.contains(stems) ? Set.of() : Set.copyOf(written);
                        index.computeIfAbsent(stems.get(0), first -> new ArrayList<>())
                                .add(new Form(concept, stems, only, !only.isEmpty() && products.contains(stems),
                                        stems.size() == 1 && lowerAcronyms.contains(stems.get(0)) ? Set.of(stems.get(0)) : Set.of(),
                                        capitalisedStems.contains(stems)));
                    }
                });
            }
            byFirstStem.put(language, index);
        }
    }

    /**
     * Whether a name is no longer itself once analysed, so that it is not looked for: one that
     * leaves a single stem without the number that told it apart from another concept's name
     * ({@code numbered}: "bac+5" and "bac+3" are both "bac", which "Bac+2" is too), or without the
     * number that made it a name at all: the word left is the concept's name only when the concept
     * lists it alone too ({@code plain}: "FRS" beside "FRS 102"). Otherwise the number was the name and
     * the word is a series, a body or a plain word that names many things: "EN 287" is "EN" (every
     * European standard), "DIN 1988" is "DIN", "BS 7671" is "BS" (also a Bachelor of Science), "Class 1"
     * is "class", "Code 95" is "code", "modelo 303" is "modelo". Or it is a name of several words, not of the language's own column, of
     * which the analyzer keeps one ("D licence" is "licence" to the French analyzer, the French word
     * for a bachelor's degree).
     */
    static boolean collapses(Concept concept, String name, AnalyzedText analyzed, Language language,
                             Map<String, Set<String>> numbered, Map<String, Set<String>> plain) {
        if (analyzed.terms().size() != 1) {
            return false;
        }
        boolean lostNumber = DIGIT.matcher(name).find() && !DIGIT.matcher(analyzed.terms().get(0)).find()
                && (numbered.getOrDefault(analyzed.terms().get(0), Set.of()).size() > 1
                || !plain.getOrDefault(concept.id(), Set.of()).contains(analyzed.terms().get(0)));
        boolean own = concept.names().getOrDefault(language, List.of()).contains(name);
        long words = java.util.Arrays.stream(name.strip().split("\\s+")).filter(word -> LETTER.matcher(word).find()).count();
        return lostNumber || !own && words > 1;
    }

    /**
     * Whether a one-word name of a degree from another language's column is a word that says a licence or
     * certificate is asked ({@code proofs}: "licence", "certificate"): the French "licence" (a bachelor's
     * degree) read in English is the "licence" of "driver's licence", not a degree. Names of licences
     * themselves ("Führerschein") keep meeting them in any language.
     */
    static boolean falseFriend(Concept concept, String name, AnalyzedText analyzed, Language language, Set<String> proofs) {
        return "education".equals(concept.kind()) && analyzed.terms().size() == 1 && proofs.contains(analyzed.terms().get(0))
                && !concept.names().getOrDefault(language, List.of()).contains(name) && !concept.neutral().contains(name);
    }

    static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
    static final java.util.regex.Pattern LETTER = java.util.regex.Pattern.compile("\\p{L}");

    /**
     * Whether a stem says nothing about what is required by itself: "experience", "strong",
     * "Kenntnisse", "опыт", and the words that only say what kind of proof is asked for
     * ("degree", "certificate", "licence"): "a degree in Statistics" is evidenced by Statistics.
     */
    public boolean isFiller(String stem, Language language) {
        return fillerStems.get(language).contains(stem);
    }

    public TextAnalysis analysis() {
        return analysis;
    }

    public Concept concept(String id) {
        return id == null ? null : concepts.get(id);
    }

    public int size() {
        return concepts.size();
    }

    public Set<String> families() {
        Set<String> families = new LinkedHashSet<>();
        concepts.values().forEach(c -> families.add(c.family()));
        return families;
    }

    /** The concepts a text names, each once, in order of appearance; a longer name wins over one inside it. */
    public List<Found> find(AnalyzedText text, Language language) {
        return longestFirst(findAll(text, language));
    }

    /**
     * Every concept a text names, a name inside a longer one included: "Grado en Derecho" is a
     * law degree and a degree. Evidence needs all of them; a requirement's own concept is the longest.
     */
    public List<Found> findAll(AnalyzedText text, Language language) {
        Map<String, List<Form>> index = byFirstStem.get(language);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < text.terms().size(); i++) {
            List<Form> forms = index.get(text.terms().get(i));
            if (forms == null) {
                continue;
            }
            for (Form form : forms) {
                if (form.stems().size() == 1 ? form.writtenAt(text, i) : text.containsWithin(form.stems(), 1)) {
                    found.add(new Found(form.concept(), i, form.stems(), form.product()));
                }
            }
        }
        return found;
    }

    /**
     * Whether a concept was found by one product or scheme of several the concept groups
     * ("Revit" of CAD tools, "UK GAAP" of reporting standards, "Next.js" of React): a neutral
     * name that is neither the concept's first one nor a spelling of it ("Opera PMS" of
     * "Opera", "ReactJS" of "React"). A requirement that names one such product asks for that
     * product, not for any of its siblings. Degrees and languages are exempt: their neutral
     * names are abbreviations of one thing ("BA", "MSc").
     */
    public boolean isSpecificName(Found found, Language language) {
        Concept concept = found.concept();
        if (concept.neutral().size() < 2 || EXEMPT_KINDS.contains(concept.kind())) {
            return false;
        }
        Set<List<String>> general = generalNames.computeIfAbsent(language.code() + ':' + concept.id(), key -> {
            Set<List<String>> names = new HashSet<>();
            String head = concept.neutral().get(0);
            List<String> headStems = analysis.analyze(head, language).terms();
            for (String name : concept.allNames()) {
                boolean neutral = concept.neutral().contains(name) && !concept.names().values().stream().anyMatch(l -> l.contains(name));
                if (!neutral || name.equals(head) || spelling(name, head, headStems, language)) {
                    names.add(analysis.analyze(name, language).terms());
                    names.add(analysis.analyze(name.toLowerCase(Locale.ROOT), language).terms());
                }
            }
            return names;
        });
        return !general.contains(found.stems());
    }

    private boolean spelling(String name, String head, List<String> headStems, Language language) {
        String folded = Cues.fold(name).replace(" ", "");
        String foldedHead = Cues.fold(head).replace(" ", "");
        List<String> stems = analysis.analyze(name, language).terms();
        return folded.startsWith(foldedHead) || foldedHead.startsWith(folded) || stems.containsAll(headStems)
                || headStems.containsAll(stems);
    }

    /**
     * Whether a name is a product's or scheme's own name, the same in every language (a neutral
     * name, or one a language column repeats): a word of the language it is not, so no inflection
     * or derivation of another word is it.
     */
    static boolean isProductName(Concept concept, String name) {
        return concept.neutral().stream().anyMatch(name::equalsIgnoreCase);
    }

    static final Set<String> EXEMPT_KINDS = Set.of("education", "language");
    private final Map<String, Set<List<String>>> generalNames = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A concept found in a text, at the token index where its name starts, the stems of that name,
     * and whether the name is a product's own one-word name ("Excel"), which no longer name narrows.
     */
    public record Found(Concept concept, int start, List<String> stems, boolean product) {
    }

    static List<Found> longestFirst(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> b.stems().size() - a.stems().size());
        Map<String, Found> kept = new LinkedHashMap<>();
        List<Set<String>> covered = new ArrayList<>();
        for (Found candidate : sorted) {
            if (kept.containsKey(candidate.concept().id())) {
                continue;
            }
            Set<String> stems = new LinkedHashSet<>(candidate.stems());
            boolean inside = covered.stream().anyMatch(bigger -> bigger.size() > stems.size() && bigger.containsAll(stems));
            if (!inside) {
                kept.put(candidate.concept().id(), candidate);
                covered.add(stems);
            }
        }
        List<Found> ordered = new ArrayList<>(kept.values());
        ordered.sort((a, b) -> a.start() - b.start());
        return ordered;
    }

    static boolean isCommonWord(String word) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word) || GermanAnalyzer.getDefaultStopSet().contains(word)
                || FrenchAnalyzer.getDefaultStopSet().contains(word) || SpanishAnalyzer.getDefaultStopSet().contains(word)
                || RussianAnalyzer.getDefaultStopSet().contains(word) || Cues.standard().isFiller(word);
    }

    static Lexicon load() {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        for (String family : lines(ROOT + "families.txt")) {
            for (String line : lines(ROOT + family + ".tsv")) {
                String[] cells = line.split("\t", -1);
                if (cells.length != 8) {
                    throw new IllegalStateException(family + ".tsv: 8 columns expected in: " + line);
                }
                Set<String> exact = new HashSet<>();
                Set<String> capitalised = new HashSet<>();
                Map<Language, List<String>> names = new EnumMap<>(Language.class);
                for (int i = 0; i < COLUMNS.length; i++) {
                    names.put(COLUMNS[i], names(cells[3 + i], exact, capitalised));
                }
                Concept concept = new Concept(cells[0], family, cells[1], names(cells[2], exact, capitalised),
                        Collections.unmodifiableMap(names), Set.copyOf(exact), Set.copyOf(capitalised));
                if (concept.allNames().isEmpty() || concepts.put(concept.id(), concept) != null) {
                    throw new IllegalStateException(family + ".tsv: concept " + cells[0] + " is empty or defined twice");
                }
            }
        }
        return new Lexicon(concepts, lines(ROOT + "de-compound-parts.txt"));
    }

    static List<String> names(String cell) {
        return names(cell, new HashSet<>(), new HashSet<>());
    }

    /**
     * The names of a cell, without their {@link #EXACT} and {@link #CAPITALISED} marks; the names marked so are added to
     * {@code exact}, those marked capitalised to both sets.
     */
    static List<String> names(String cell, Set<String> exact, Set<String> capitalised) {
        List<String> names = new ArrayList<>();
        for (String written : cell.split("\\|")) {
            String name = written.strip();
            if (name.startsWith(CAPITALISED)) {
                name = name.substring(CAPITALISED.length());
                capitalised.add(name);
                exact.add(name);
            }
            if (name.startsWith(EXACT)) {
                name = name.substring(EXACT.length());
                exact.add(name);
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** Marks a one-word name that is found only where written as such (see {@link Concept#exact}). */
    static final String EXACT = "=";
    /** Marks a product's name that is an everyday word too, found only written with a capital (see {@link Concept#capitalised}). */
    static final String CAPITALISED = "^";

    /** The non-empty, non-comment lines of a resource. */
    static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line.replace("\r", ""));
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
