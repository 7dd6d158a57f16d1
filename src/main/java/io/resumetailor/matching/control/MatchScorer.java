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
import java.util.List;

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
    static final java.util.Map<String, RequirementForms> FORMS = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** The score of {@code resume}, crediting only requirements that {@code base} evidences too. */
    public MatchExplanation score(List<Requirement> requirements, ResumeContent resume, ResumeContent base, YearMonth asOf) {
        ResumeLines lines = lines(resume);
        ResumeLines baseLines = resume == base ? lines : lines(base);
        List<MatchedRequirement> matched = new ArrayList<>();
        List<Requirement> missing = new ArrayList<>();
        List<Requirement> unevidenced = new ArrayList<>();
        for (Requirement requirement : requirements) {
            List<Evidence> evidence = evidence(requirement, lines, asOf);
            boolean backed = resume == base ? !evidence.isEmpty() : !evidence(requirement, baseLines, asOf).isEmpty();
            if (!evidence.isEmpty() && backed) {
                matched.add(new MatchedRequirement(requirement, evidence));
            } else {
                missing.add(requirement);
                if (!evidence.isEmpty()) {
                    unevidenced.add(requirement);
                }
            }
        }
        List<Requirement> met = matched.stream().map(MatchedRequirement::requirement).toList();
        int score = score(requirements, met);
        List<MissingRequirement> gains = new ArrayList<>();
        for (Requirement requirement : missing) {
            List<Requirement> more = new ArrayList<>(met);
            more.add(requirement);
            gains.add(new MissingRequirement(requirement, score(requirements, more) - score));
        }
        gains.sort(Comparator.comparingInt((MissingRequirement m) -> -m.gain()).thenComparing(m -> m.requirement().id()));
        return new MatchExplanation(score, band(score), cap(requirements, met), List.copyOf(matched), List.copyOf(gains),
                List.copyOf(unevidenced));
    }

    /** Where {@code resume} evidences {@code requirement}; empty when it does not. */
    public List<Evidence> evidence(Requirement requirement, ResumeLines resume, YearMonth asOf) {
        return EvidenceFinder.find(forms(requirement, resume.language()), resume, asOf);
    }

    /** A requirement read for one language; kept (a bounded number) since a vacancy's requirements are scored again and again. */
    RequirementForms forms(Requirement requirement, Language language) {
        String key = language.code() + '\u0000' + requirement.text() + '\u0000' + requirement.concept();
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
        return new ResumeLines(resume, LanguageDetection.detect(ResumeLines.allText(resume), Language.EN), lexicon);
    }

    static int score(List<Requirement> requirements, List<Requirement> met) {
        int total = requirements.stream().mapToInt(MatchScorer::weight).sum();
        if (total == 0) {
            return 0;
        }
        int earned = met.stream().mapToInt(MatchScorer::weight).sum();
        double raw = 100.0 * earned / total;
        return (int) Math.round(raw * ceiling(requirements, met) / 100.0);
    }

    /**
     * The ceiling missing must-haves put on the score, as a factor: {@value #CAP_FLOOR} plus up to
     * {@value #CAP_RANGE} for the share of must-have weight evidenced, 100 when none is missing.
     * The score is the evidenced share times this factor, not the smaller of the two: a ceiling
     * that clips would give two resumes that both miss a must-have the same score however much
     * more one of them evidences, and both the share and the factor grow with every requirement
     * evidenced, so a resume that evidences all another does and more never scores lower.
     */
    static double ceiling(List<Requirement> requirements, List<Requirement> met) {
        int mustWeight = requirements.stream().filter(Requirement::mustHave).mapToInt(MatchScorer::weight).sum();
        int metMust = requirements.stream().filter(Requirement::mustHave).filter(met::contains).mapToInt(MatchScorer::weight).sum();
        if (mustWeight == 0 || metMust == mustWeight) {
            return 100;
        }
        return CAP_FLOOR + CAP_RANGE * (double) metMust / mustWeight;
    }

    static ScoreCap cap(List<Requirement> requirements, List<Requirement> met) {
        List<String> missingMust = requirements.stream().filter(Requirement::mustHave).filter(r -> !met.contains(r))
                .map(Requirement::id).toList();
        if (missingMust.isEmpty()) {
            return null;
        }
        long musts = requirements.stream().filter(Requirement::mustHave).count();
        int ceiling = (int) Math.round(ceiling(requirements, met));
        return new ScoreCap(ceiling, missingMust.size() == 1 ? "a must-have requirement is missing"
                : missingMust.size() + " of " + musts + " must-have requirements are missing", missingMust);
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
