package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Evidence;
import io.resumetailor.matching.entity.Requirement;
import java.util.List;

/**
 * How much a single piece of a resume (a bullet, a skill, a sentence) evidences a list of
 * requirements, for ordering it: the weight of the requirements it evidences (must-haves
 * {@value MatchScorer#MUST_WEIGHT}, nice-to-haves {@value MatchScorer#NICE_WEIGHT}), years
 * aside, and how many must-haves it evidences. Also answers whether a resume evidences a
 * claim (a skill a tailored resume lists), by the same rules as the score.
 */
public final class Relevance {

    private final Lexicon lexicon;
    private final Language language;
    private final List<RequirementForms> forms;

    Relevance(Lexicon lexicon, Language language, List<Requirement> requirements) {
        this.lexicon = lexicon;
        this.language = language;
        this.forms = requirements.stream().map(r -> RequirementForms.of(r, language, lexicon)).toList();
    }

    /** The relevance of lines of {@code resume}'s language to {@code requirements}. */
    public static Relevance of(List<Requirement> requirements, ResumeLines resume) {
        return new Relevance(Lexicon.standard(), resume.language(), requirements);
    }

    public int weight(String text) {
        ResumeLine line = line(text);
        return forms.stream().filter(f -> EvidenceFinder.evidences(f, line)).mapToInt(f -> MatchScorer.weight(f.requirement())).sum();
    }

    public int mustHaves(String text) {
        ResumeLine line = line(text);
        return (int) forms.stream().filter(f -> f.requirement().mustHave() && EvidenceFinder.evidences(f, line)).count();
    }

    private ResumeLine line(String text) {
        AnalyzedText analyzed = lexicon.analysis().analyze(text, language);
        return new ResumeLine(new Evidence("text", 0, 0, text), analyzed, lexicon.findAll(analyzed, language), -1, language);
    }

    /** Whether {@code resume} states {@code claim} (a skill, a tool) in any form: same stems, alias, acronym, translation. */
    public static boolean evidenced(String claim, ResumeLines resume) {
        Lexicon lexicon = Lexicon.standard();
        List<Lexicon.Found> named = lexicon.find(lexicon.analysis().analyze(claim, resume.language()), resume.language());
        Requirement asked = new Requirement("claim", claim, true, "phrase", null,
                named.size() == 1 ? named.get(0).concept().id() : null, Requirement.USER);
        RequirementForms forms = RequirementForms.of(asked, resume.language(), lexicon);
        return resume.lines().stream().anyMatch(line -> EvidenceFinder.evidences(forms, line));
    }

    /** The lexicon concepts {@code text} names that {@code resume} does not evidence. */
    public static List<String> unsupportedConcepts(String text, ResumeLines resume) {
        Lexicon lexicon = Lexicon.standard();
        return lexicon.find(lexicon.analysis().analyze(text, resume.language()), resume.language()).stream()
                .map(Lexicon.Found::concept)
                .filter(concept -> resume.lines().stream().noneMatch(line -> line.concepts().contains(concept.id())))
                .map(Concept::label).distinct().toList();
    }
}
