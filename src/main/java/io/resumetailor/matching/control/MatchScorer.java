package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Evidence;
import io.resumetailor.matching.entity.MatchExplanation;
import io.resumetailor.matching.entity.MatchedRequirement;
import io.resumetailor.matching.entity.MissingRequirement;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.matching.entity.ScoreCap;
import io.resumetailor.resumes.entity.ResumeContent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The match score, computed here and never by a model: deterministic, 0 to 100, explained.
 * Must-haves weigh {@value #MUST_WEIGHT}, nice-to-haves {@value #NICE_WEIGHT} (personal qualities half);
 * the score is the share of weight the resume evidences. A missing must-have caps it below
 * "strong": the score is multiplied by a ceiling of {@value #CAP_FLOOR} plus up to {@value #CAP_RANGE}
 * points for the share of must-have weight the resume does evidence, so a resume that misses
 * fewer must-haves keeps a higher ceiling, and one that evidences more never scores lower. The same scorer scores the tailored resume, but there a requirement earns
 * only when the base resume evidences it too; one the tailored resume claims without
 * base evidence is listed as unevidenced and earns nothing. For each missing requirement
 * the explanation gives the points the score would gain if the resume evidenced it.
 */
public final class MatchScorer {

    static final int MUST_WEIGHT = 6;
    static final int NICE_WEIGHT = 2;
    static final String GENERIC_FAMILY = "soft-skills";
    static final int CAP_FLOOR = 40;
    static final int CAP_RANGE = 39;

    static final int FORMS_KEPT = 10_000;
    static final Map<FormsKey, RequirementForms> FORMS = new ConcurrentHashMap<>();

    /**
     * What a requirement's forms are kept by: its text and concept, the language read in, and whether bridged from its
     * own. A record of the requirement's own strings hashes at the cost of their cached hashes, where a key
     * concatenated per call would be hashed anew every time a vacancy is scored.
     */
    record FormsKey(boolean bridged, Language language, String text, String concept) {
    }

    private final Lexicon lexicon;

    public MatchScorer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static MatchScorer standard() {
        return new MatchScorer(Lexicon.standard());
    }

    /** The base resume's score. */
    public MatchExplanation score(List<Requirement> requirements, ResumeContent resume, YearMonth asOf) {
        return score(requirements, resume, resume, asOf);
    }

    /** The score of {@code resume}, crediting only what {@code base} evidences too. */
    public MatchExplanation score(List<Requirement> requirements, ResumeContent resume, ResumeContent base, YearMonth asOf) {
        ResumeLines lines = lines(resume);
        ResumeLines baseLines = resume == base ? lines : lines(base);
        List<MatchedRequirement> matched = new ArrayList<>();
        List<Requirement> unevidenced = new ArrayList<>();
        Map<Requirement, Credit> credits = new LinkedHashMap<>();
        Language written = language(requirements, lines.language());
        for (Requirement requirement : requirements) {
            Credit credit = credit(requirement, written, lines, asOf);
            if (resume != base) {
                Credit backed = credit(requirement, written, baseLines, asOf);
                if (credit.full() && !backed.full()) {
                    unevidenced.add(requirement);
                }
                credit = credit.atMost(backed);
            }
            credits.put(requirement, credit);
            if (credit.full()) {
                matched.add(new MatchedRequirement(requirement, credit.evidence()));
            }
        }
        Map<Requirement, Double> coverage = coverage(credits);
        int score = score(requirements, coverage);
        List<MissingRequirement> gains = new ArrayList<>();
        credits.forEach((requirement, credit) -> {
            if (!credit.full()) {
                Map<Requirement, Double> more = new HashMap<>(coverage);
                more.put(requirement, 1.0);
                gains.add(new MissingRequirement(requirement, score(requirements, more) - score,
                        Math.floor(credit.coverage() * 100) / 100, credit.evidence()));
            }
        });
        gains.sort(Comparator.comparingInt((MissingRequirement m) -> -m.gain()).thenComparing(m -> m.requirement().id()));
        return new MatchExplanation(score, band(score), cap(requirements, coverage), List.copyOf(matched), List.copyOf(gains),
                List.copyOf(unevidenced));
    }

    static Map<Requirement, Double> coverage(Map<Requirement, Credit> credits) {
        Map<Requirement, Double> coverage = new HashMap<>();
        credits.forEach((requirement, credit) -> coverage.put(requirement, credit.coverage()));
        return coverage;
    }

    /**
     * How much of {@code requirement} the resume evidences, and where. The requirement is read in
     * the resume's language (stems, product names, lexicon concepts), and when it is written in
     * another language also in its own, bridged by the {@link Glossary}: the better reading counts.
     */
    Credit credit(Requirement requirement, Language written, ResumeLines resume, YearMonth asOf) {
        Credit own = EvidenceFinder.credit(forms(requirement, resume.language()), resume, asOf);
        if (own.full()) {
            return own;
        }
        Credit bridged = EvidenceFinder.credit(bridged(requirement, written), resume, asOf);
        if (written == resume.language()) {
            bridged = new Credit(EvidenceFinder.PARTIAL * bridged.coverage(), bridged.evidence());
        }
        return bridged.coverage() > own.coverage() ? bridged : own;
    }

    RequirementForms bridged(Requirement requirement, Language written) {
        FormsKey key = new FormsKey(true, written, requirement.text(), requirement.concept());
        RequirementForms cached = FORMS.get(key);
        if (cached == null || !cached.requirement().equals(requirement)) {
            cached = RequirementForms.of(requirement, written, lexicon).bridged(written, Glossary.standard());
            keep(key, cached);
        }
        return cached;
    }

    /**
     * The language the requirements are written in, detected from all of them together (kept, like
     * their forms); the resume's when they are too few to tell.
     */
    static Language language(List<Requirement> requirements, Language fallback) {
        StringBuilder text = new StringBuilder();
        requirements.forEach(requirement -> text.append(requirement.text()).append(".\n"));
        String key = fallback.code() + ':' + text;
        Language known = LANGUAGES.get(key);
        if (known == null) {
            known = LanguageDetection.detect(text.toString(), fallback);
            if (LANGUAGES.size() > FORMS_KEPT) {
                LANGUAGES.clear();
            }
            LANGUAGES.put(key, known);
        }
        return known;
    }

    static final Map<String, Language> LANGUAGES = new ConcurrentHashMap<>();

    private static void keep(FormsKey key, RequirementForms forms) {
        if (FORMS.size() > FORMS_KEPT) {
            FORMS.clear();
        }
        FORMS.put(key, forms);
    }

    /** Where {@code resume} evidences {@code requirement}; empty when it does not. */
    public List<Evidence> evidence(Requirement requirement, ResumeLines resume, YearMonth asOf) {
        return EvidenceFinder.find(forms(requirement, resume.language()), resume, asOf);
    }

    /** A requirement read for one language; kept (a bounded number) since a vacancy's requirements are scored again and again. */
    RequirementForms forms(Requirement requirement, Language language) {
        FormsKey key = new FormsKey(false, language, requirement.text(), requirement.concept());
        RequirementForms cached = FORMS.get(key);
        if (cached == null || !cached.requirement().equals(requirement)) {
            cached = RequirementForms.of(requirement, language, lexicon);
            if (FORMS.size() > FORMS_KEPT) {
                FORMS.clear();
            }
            FORMS.put(key, cached);
        }
        return cached;
    }

    /** The resume cut into lines and analysed in its own language, to look for evidence in many times. */
    public ResumeLines lines(ResumeContent resume) {
        return new ResumeLines(resume, LanguageDetection.detect(ResumeLines.allText(resume), Language.EN,
                LanguageDetection.RESUME_SAMPLE), lexicon);
    }

    /** The score when exactly {@code met} are evidenced in full and nothing else at all. */
    static int score(List<Requirement> requirements, List<Requirement> met) {
        return score(requirements, full(met));
    }

    static Map<Requirement, Double> full(List<Requirement> met) {
        Map<Requirement, Double> coverage = new HashMap<>();
        met.forEach(requirement -> coverage.put(requirement, 1.0));
        return coverage;
    }

    /** The evidenced share of the weight, each requirement counted with its coverage, times the ceiling. */
    static int score(List<Requirement> requirements, Map<Requirement, Double> coverage) {
        int total = requirements.stream().mapToInt(MatchScorer::weight).sum();
        if (total == 0) {
            return 0;
        }
        double earned = requirements.stream().mapToDouble(r -> weight(r) * coverage.getOrDefault(r, 0.0)).sum();
        double raw = 100.0 * earned / total;
        return (int) Math.round(raw * ceiling(requirements, coverage) / 100.0);
    }

    /**
     * The ceiling must-haves not evidenced in full put on the score, as a factor: {@value #CAP_FLOOR} plus up to
     * {@value #CAP_RANGE} for the share of must-have weight evidenced (partial coverage counted in
     * proportion), 100 when every must-have is evidenced in full.
     * The score is the evidenced share times this factor, not the smaller of the two: a ceiling
     * that clips would give two resumes that both miss a must-have the same score however much
     * more one of them evidences, and both the share and the factor grow with every requirement
     * evidenced, so a resume that evidences all another does and more never scores lower.
     */
    static double ceiling(List<Requirement> requirements, Map<Requirement, Double> coverage) {
        double mustWeight = requirements.stream().filter(Requirement::mustHave).mapToInt(MatchScorer::weight).sum();
        double metMust = requirements.stream().filter(Requirement::mustHave)
                .mapToDouble(r -> weight(r) * coverage.getOrDefault(r, 0.0)).sum();
        if (mustWeight == 0 || metMust >= mustWeight) {
            return 100;
        }
        return CAP_FLOOR + CAP_RANGE * metMust / mustWeight;
    }

    static ScoreCap cap(List<Requirement> requirements, List<Requirement> met) {
        return cap(requirements, full(met));
    }

    static ScoreCap cap(List<Requirement> requirements, Map<Requirement, Double> coverage) {
        List<String> missingMust = requirements.stream().filter(Requirement::mustHave)
                .filter(r -> coverage.getOrDefault(r, 0.0) < 1).map(Requirement::id).toList();
        if (missingMust.isEmpty()) {
            return null;
        }
        long musts = requirements.stream().filter(Requirement::mustHave).count();
        int ceiling = (int) Math.round(ceiling(requirements, coverage));
        return new ScoreCap(ceiling, missingMust.size() == 1 ? "a must-have requirement is not evidenced in full"
                : missingMust.size() + " of " + musts + " must-have requirements are not evidenced in full", missingMust);
    }

    /**
     * Must-haves weigh {@value #MUST_WEIGHT}, nice-to-haves {@value #NICE_WEIGHT}; a requirement that
     * only names a personal quality (communication, teamwork, resilience: the lexicon's
     * {@value #GENERIC_FAMILY} family) half as much, since nearly every resume claims one and few prove it.
     */
    static int weight(Requirement requirement) {
        int weight = requirement.mustHave() ? MUST_WEIGHT : NICE_WEIGHT;
        Concept concept = Lexicon.standard().concept(requirement.concept());
        return concept != null && GENERIC_FAMILY.equals(concept.family()) ? weight / 2 : weight;
    }

    public static String band(int score) {
        return score >= 80 ? "strong" : score >= 60 ? "good" : score >= 40 ? "fair" : "weak";
    }
}
