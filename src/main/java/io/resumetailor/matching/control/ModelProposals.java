package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.matching.entity.RequirementProposal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds the requirements a language model proposed for a vacancy to its list, as origin
 * {@link Requirement#MODEL}. The vacancy's text is data and the model may be wrong or led
 * astray by it, so a proposal is kept only when the vacancy itself says it: two thirds of its
 * words (filler such as "experience" aside), or the skill, tool or certificate it names, stand
 * in one line of the posting outside its noise parts (about us, benefits, salary, how to apply).
 * A proposal that repeats a requirement already in the list (same lexicon concept, or its words
 * all in one requirement) or names only the company is dropped. The score remains the service's:
 * a proposal only decides what is counted, never whether the resume evidences it.
 */
public final class ModelProposals {

    /** Most proposals taken from one answer: a list the owner can still read. */
    static final int MAX_ADDED = 15;
    /** A vacancy's list as the owner's edit allows it: proposals asked for again and again stop there. */
    static final int MAX_REQUIREMENTS = 100;
    /** A requirement's text as the owner's edit allows it. */
    static final int MAX_TEXT = 500;
    static final double GROUNDED_SHARE = 2.0 / 3.0;

    private final Lexicon lexicon;
    private final RequirementExtractor extractor;

    public ModelProposals(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.extractor = new RequirementExtractor(lexicon);
    }

    public static ModelProposals standard() {
        return new ModelProposals(Lexicon.standard());
    }

    /** {@code current} with the proposals the vacancy's text bears out appended, numbered on from it. */
    public List<Requirement> merge(List<Requirement> current, List<RequirementProposal> proposals, String company, String position,
                                   String description) {
        Language language = LanguageDetection.detect(description == null || description.isBlank() ? position : description, Language.EN);
        List<Line> lines = groundLines(position, description, language);
        Set<String> companyWords = RequirementExtractor.companyWords(company);
        List<Requirement> merged = new ArrayList<>(current);
        int added = 0;
        for (RequirementProposal proposal : proposals) {
            if (added == MAX_ADDED || merged.size() >= MAX_REQUIREMENTS) {
                break;
            }
            String text = proposal.text() == null ? "" : proposal.text().replaceAll("\\s+", " ").strip();
            if (text.length() < 2 || text.length() > MAX_TEXT) {
                continue;
            }
            Integer years = proposal.years() != null && proposal.years() >= 1 && proposal.years() <= 50 ? proposal.years() : null;
            Requirement read = extractor.userRequirement("r" + (merged.size() + 1), text, proposal.mustHave(), years, description);
            AnalyzedText analyzed = lexicon.analysis().analyze(text, language);
            Set<String> words = contentStems(analyzed, language);
            boolean onlyCompany = contentStems(lexicon.analysis().analyze(RequirementExtractor.withoutCompany(text, companyWords),
                    language), language).isEmpty();
            if (words.isEmpty() || onlyCompany || !grounded(words, read.concept(), lines)
                    || repeats(merged, read, words, language)) {
                continue;
            }
            merged.add(new Requirement(read.id(), read.text(), read.mustHave(), read.kind(), read.years(), read.concept(),
                    Requirement.MODEL));
            added++;
        }
        return merged;
    }

    /** One line of the posting a proposal may stand in: its stems and the concepts it names. */
    private record Line(Set<String> stems, Set<String> concepts) {
    }

    private List<Line> groundLines(String position, String description, Language language) {
        List<String> texts = new ArrayList<>();
        if (position != null && !position.isBlank()) {
            texts.add(position);
        }
        if (description != null) {
            Cues cues = Cues.standard();
            for (VacancyLine line : VacancyLayout.lines(description)) {
                if (line.part() != VacancyPart.NOISE && !RequirementExtractor.MONEY.matcher(line.text()).find()
                        && !cues.in(Cues.NOISE_LINE, line.text())) {
                    texts.add(line.text());
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (String text : texts) {
            AnalyzedText analyzed = lexicon.analysis().analyze(text, language);
            Set<String> concepts = new HashSet<>();
            lexicon.findAll(analyzed, language).forEach(found -> concepts.add(found.concept().id()));
            lines.add(new Line(analyzed.termSet(), concepts));
        }
        return lines;
    }

    private Set<String> contentStems(AnalyzedText analyzed, Language language) {
        Set<String> stems = new HashSet<>();
        for (String term : analyzed.terms()) {
            if (!lexicon.isFiller(term, language)) {
                stems.add(term);
            }
        }
        return stems;
    }

    private static boolean grounded(Set<String> words, String concept, List<Line> lines) {
        for (Line line : lines) {
            if (concept != null && line.concepts().contains(concept)) {
                return true;
            }
            long present = words.stream().filter(line.stems()::contains).count();
            if (present >= Math.ceil(words.size() * GROUNDED_SHARE)) {
                return true;
            }
        }
        return false;
    }

    private boolean repeats(List<Requirement> current, Requirement read, Set<String> words, Language language) {
        for (Requirement existing : current) {
            if (read.concept() != null && read.concept().equals(existing.concept())) {
                return true;
            }
            if (contentStems(lexicon.analysis().analyze(existing.text(), language), language).containsAll(words)) {
                return true;
            }
        }
        return false;
    }
}
