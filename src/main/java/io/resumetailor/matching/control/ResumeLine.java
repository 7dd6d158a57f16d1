package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Evidence;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of a resume as evidence: where it is, what it says, its stems, the lexicon
 * concepts it names and, for experience lines, the job it belongs to. It also lets a
 * requirement's words meet it in another form: a stem meets the stems it begins or that
 * begin it (so that "Konstruktion" meets "Konstrukteur" and "выполнение" meets "выполнен",
 * which Snowball leaves apart), and an acronym meets the runs of words whose initials it is
 * ("Recursos Humanos": RH). The acronyms are read only when a requirement asks for one; so are
 * the line's {@link Glossary} keys, which a requirement in another language meets it by.
 */
final class ResumeLine {

    /** The shortest stem that may stand for a longer one it begins: shorter ones begin too many words. */
    static final int SHORTEST_PREFIX = 5;

    private final Evidence where;
    private final AnalyzedText analyzed;
    private final Set<String> stems;
    private final Set<String> concepts;
    private final List<Lexicon.Found> found;
    private final int experienceEntry;
    private final Language language;
    private Set<String> initials;
    private Set<String> glosses;
    private List<String> cognates;
    private String[] prefixable;
    /**
     * What {@link #mentions} answered for a stem it had to search for: one score asks the same line about the same stem
     * three times on average (the requirement's forms share stems, and coverage and evidence ask alike). A line belongs
     * to the {@link ResumeLines} of one score, read by one thread.
     */
    private Map<String, Boolean> searched;
    private String folded;
    private Boolean inProgress;
    private Boolean notYet;
    private List<CredentialGrade> grades;

    ResumeLine(Evidence where, AnalyzedText analyzed, List<Lexicon.Found> found, int experienceEntry, Language language) {
        this(where, null, analyzed, found, experienceEntry, language);
    }

    /** As above, with the line's text already {@link Cues#fold folded} (or null). */
    ResumeLine(Evidence where, String folded, AnalyzedText analyzed, List<Lexicon.Found> found, int experienceEntry, Language language) {
        this.folded = folded;
        this.language = language;
        this.where = where;
        this.analyzed = analyzed;
        this.stems = analyzed.termSet();
        this.found = List.copyOf(found);
        Set<String> ids = new LinkedHashSet<>();
        found.forEach(one -> ids.add(one.concept().id()));
        this.concepts = ids;
        this.experienceEntry = experienceEntry;
    }

    /** The language the line is written in (the resume's). */
    Language language() {
        return language;
    }

    /**
     * Whether the line names {@code concept} as the one product a requirement asks for: by that
     * product's name, or by a name that is no single product of the concept's ("CAD" or
     * "computer-aided design" for "Revit"; "AutoCAD" is another product, not Revit).
     */
    boolean namesAs(String concept, List<String> product) {
        for (Lexicon.Found one : found) {
            if (one.concept().id().equals(concept)
                    && (one.stems().equals(product) || !Lexicon.standard().isSpecificName(one, language))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line names {@code concept} as the kind a requirement asks for when it names it by
     * {@code asked} (its stems; null: by any name): a line whose only name for it is the head of the
     * asked name with another modifier ("Non-invasive ventilation" for "mechanical ventilation") and
     * that does not state the asked modifier elsewhere names another kind, partial evidence only. A product's own
     * name ("Excel" for "Microsoft Excel") is never broader, nor a language or degree, whose level
     * is compared elsewhere ("German" for "fluent German").
     */
    boolean namesAsNarrowly(String concept, List<String> asked) {
        if (asked == null) {
            return true;
        }
        for (Lexicon.Found one : found) {
            if (one.concept().id().equals(concept) && (one.product() || Lexicon.EXEMPT_KINDS.contains(one.concept().kind())
                    || !otherKind(one, asked) || asked.stream().allMatch(this::mentions))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line's name is the head of the asked one ("ventilation" of "mechanical
     * ventilation") with a word of its own in place of the asked modifier ("Non-invasive ventilation").
     */
    private boolean otherKind(Lexicon.Found one, List<String> asked) {
        int size = one.stems().size();
        if (size >= asked.size() || !asked.subList(asked.size() - size, asked.size()).equals(one.stems()) || one.start() == 0) {
            return false;
        }
        int at = analyzed.positions()[one.start()];
        int before = analyzed.positions()[one.start() - 1];
        return at - before == 1 && !asked.contains(analyzed.terms().get(one.start() - 1));
    }

    Evidence where() {
        return where;
    }

    AnalyzedText analyzed() {
        return analyzed;
    }

    Set<String> stems() {
        return stems;
    }

    Set<String> concepts() {
        return concepts;
    }

    int experienceEntry() {
        return experienceEntry;
    }

    /**
     * Whether the line states {@code stem}: the same stem, a stem it begins or that begins it
     * (both at least {@value #SHORTEST_PREFIX} letters), the same word spelt the way another
     * language spells it ("antropolog" of "Antropología" and "anthropolog", {@link Cognates}), or,
     * for an acronym, words of the line whose initials it is.
     */
    boolean mentions(String stem) {
        if (stems.contains(stem)) {
            return true;
        }
        Map<String, Boolean> known = searched;
        if (known == null) {
            known = new HashMap<>();
            searched = known;
        }
        Boolean answer = known.get(stem);
        if (answer == null) {
            answer = search(stem);
            known.put(stem, answer);
        }
        return answer;
    }

    /** {@link #mentions} for a stem the line does not hold as it is. */
    private boolean search(String stem) {
        if (stem.startsWith(Glossary.MARK)) {
            return Glossary.meets(stem, glosses());
        }
        if (stem.startsWith("_")) {
            return initials().contains(stem);
        }
        if (stem.length() < SHORTEST_PREFIX) {
            return false;
        }
        for (String own : prefixable()) {
            if (own.startsWith(stem) || stem.startsWith(own)) {
                return true;
            }
        }
        String cognate = Cognates.key(stem);
        if (cognate.length() < Cognates.SHORTEST) {
            return false;
        }
        for (String own : cognates()) {
            if (Math.abs(own.length() - cognate.length()) <= Cognates.LONGER_BY && (own.startsWith(cognate) || cognate.startsWith(own))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line's stems that may begin or be begun by another ({@value #SHORTEST_PREFIX} letters or more, no acronym), as an
     * array: every requirement word the line does not state as it is runs through them, faster than through the set.
     */
    private String[] prefixable() {
        String[] known = prefixable;
        if (known == null) {
            known = stems.stream().filter(own -> own.length() >= SHORTEST_PREFIX && !own.startsWith("_")).toArray(String[]::new);
            prefixable = known;
        }
        return known;
    }

    /** The {@link Cognates#key}s of the line's stems long enough to compare. */
    private List<String> cognates() {
        List<String> known = cognates;
        if (known == null) {
            known = stems.stream().filter(own -> !own.startsWith("_")).map(Cognates::key)
                    .filter(key -> key.length() >= Cognates.SHORTEST).distinct().toList();
            cognates = known;
        }
        return known;
    }

    /** Whether the line says what it names is still being earned ("ACA student", "en cours", "in Ausbildung"). */
    boolean inProgress() {
        if (inProgress == null) {
            inProgress = Cues.standard().inFolded(Cues.IN_PROGRESS, folded());
        }
        return inProgress;
    }

    /** Whether the line says the proof or clearance for what it names is not held yet ({@link Cues#NOT_YET}). */
    /** The grades of credentials the line states ({@link CredentialGrade}), read when a requirement asks one. */
    List<CredentialGrade> grades() {
        if (grades == null) {
            grades = CredentialGrade.read(where.text());
        }
        return grades;
    }

    boolean notYet() {
        if (notYet == null) {
            notYet = Cues.standard().inFolded(Cues.NOT_YET, folded());
        }
        return notYet;
    }

    /** The line's text {@link Cues#fold folded}, once: the cues of several questions are looked up in it. */
    private String folded() {
        String known = folded;
        if (known == null) {
            known = Cues.fold(where.text());
            folded = known;
        }
        return known;
    }

    /** The glossary keys of the line's stems, for requirements written in another language. */
    Set<String> glosses() {
        Set<String> known = glosses;
        if (known == null) {
            known = Glossary.standard().keys(stems, language);
            glosses = known;
        }
        return known;
    }

    private Set<String> initials() {
        Set<String> known = initials;
        if (known == null) {
            known = Initials.acronyms(where.text(), true);
            initials = known;
        }
        return known;
    }
}
