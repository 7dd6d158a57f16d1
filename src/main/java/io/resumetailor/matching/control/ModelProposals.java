package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.matching.entity.RequirementProposal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds the requirements a language model proposed for a vacancy to its list, as origin
 * {@link Requirement#MODEL}. The vacancy's text is data and the model may be wrong or led
 * astray by it, so the posting decides, not the model:
 * <ul>
 * <li>a proposal is kept only when two thirds of its words (filler such as "experience" aside),
 * or the skill, tool or certificate it names, stand in one line the extractor reads as a
 * requirement line, or in a line of the job's tasks; never in the intro, the title line or the
 * noise parts (about us, benefits, salary, how to apply);</li>
 * <li>that line says whether it is a must-have: a must-have only when the line is one and the
 * model says so too; a task line gives a nice-to-have (tasks describe the job, they do not
 * require), so a proposal can never cap the score by itself;</li>
 * <li>years are kept only when that line states the same number;</li>
 * <li>a proposal that repeats a requirement already in the list (same lexicon concept, or its
 * words all in one requirement) or names only the company is dropped.</li>
 * </ul>
 * The score remains the service's: a proposal only decides what is counted, never whether the
 * resume evidences it.
 */
public final class ModelProposals {

    /** Most proposals taken from one answer: a list the owner can still read. */
    static final int MAX_ADDED = 15;
    /** A vacancy's list as the owner's edit allows it: proposals asked for again and again stop there. */
    public static final int MAX_REQUIREMENTS = 100;
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
        List<Line> lines = groundLines(description, language);
        Set<String> companyWords = RequirementExtractor.companyWords(company);
        List<Requirement> merged = new ArrayList<>(current);
        List<Set<String>> listedWords = new ArrayList<>();
        merged.forEach(listed -> listedWords.add(contentStems(lexicon.analysis().analyze(listed.text(), language), language)));
        int added = 0;
        for (RequirementProposal proposal : proposals) {
            if (added == MAX_ADDED || merged.size() >= MAX_REQUIREMENTS) {
                break;
            }
            String text = proposal.text() == null ? "" : CONTROL.matcher(proposal.text()).replaceAll(" ").replaceAll("\\s+", " ").strip();
            if (text.length() < 2 || text.length() > MAX_TEXT) {
                continue;
            }
            Set<String> words = contentStems(lexicon.analysis().analyze(text, language), language);
            boolean onlyCompany = contentStems(lexicon.analysis().analyze(RequirementExtractor.withoutCompany(text, companyWords),
                    language), language).isEmpty();
            Requirement read = extractor.userRequirement("r" + (merged.size() + 1), text, proposal.mustHave(), null, language);
            Line line = words.isEmpty() || onlyCompany ? null : groundedIn(words, read.concept(), lines);
            if (line == null || repeats(merged, listedWords, read, words)) {
                continue;
            }
            Integer years = proposal.years() != null && line.years() != null && proposal.years().equals(line.years()) ? line.years() : null;
            Requirement checked = extractor.userRequirement(read.id(), text, proposal.mustHave() && line.must(), years, language);
            listedWords.add(words);
            merged.add(new Requirement(checked.id(), checked.text(), checked.mustHave(), checked.kind(), checked.years(),
                    checked.concept(), Requirement.MODEL));
            added++;
        }
        return merged;
    }

    /** Control characters a model may answer with (PostgreSQL's jsonb refuses NUL); line breaks and tabs are whitespace. */
    static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    /**
     * One line of the posting a proposal may stand in: its stems, the concepts it names, whether
     * it asks for a must-have, and the years it states.
     */
    private record Line(Set<String> stems, Set<String> concepts, boolean must, Integer years) {
    }

    /** The requirement lines of the posting (as the extractor reads them), and its task lines as nice-to-haves. */
    private List<Line> groundLines(String description, Language language) {
        List<Line> lines = new ArrayList<>();
        if (description == null) {
            return lines;
        }
        Cues cues = Cues.standard();
        for (RequirementExtractor.ReadLine read : RequirementExtractor.read(VacancyLayout.lines(description), cues)) {
            VacancyLine line = read.line();
            Boolean must = read.must();
            boolean task = must == null && line.part() == VacancyPart.TASKS && !RequirementExtractor.MONEY.matcher(line.text()).find()
                    && !cues.in(Cues.NOISE_LINE, line.text());
            if (must == null && !task) {
                continue;
            }
            AnalyzedText analyzed = lexicon.analysis().analyze(line.text(), language);
            Set<String> concepts = new HashSet<>();
            lexicon.findAll(analyzed, language).forEach(found -> concepts.add(found.concept().id()));
            YearsOfExperience.Found years = YearsOfExperience.find(line.text());
            lines.add(new Line(analyzed.termSet(), concepts, Boolean.TRUE.equals(must), years == null ? null : years.years()));
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

    /** The line that states the proposal: a must-have requirement line first, else the first line that states it; null when none does. */
    private static Line groundedIn(Set<String> words, String concept, List<Line> lines) {
        Line first = null;
        for (Line line : lines) {
            long present = words.stream().filter(line.stems()::contains).count();
            if (concept != null && line.concepts().contains(concept) || present >= Math.ceil(words.size() * GROUNDED_SHARE)) {
                if (line.must()) {
                    return line;
                }
                first = first == null ? line : first;
            }
        }
        return first;
    }

    /** Whether a listed requirement names the same concept, or holds all of the proposal's words ({@code listedWords}: each one's). */
    private static boolean repeats(List<Requirement> listed, List<Set<String>> listedWords, Requirement read, Set<String> words) {
        for (int i = 0; i < listed.size(); i++) {
            if (read.concept() != null && read.concept().equals(listed.get(i).concept()) || listedWords.get(i).containsAll(words)) {
                return true;
            }
        }
        return false;
    }
}
