package io.resumetailor.tailoring.control;

import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.tailoring.entity.MatchExplanation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The match score, computed here and never by a model: deterministic, 0 to 100, explained.
 * Keywords come from the vacancy; those in a must-have part (requirements, "required",
 * "must") weigh {@value #MUST_WEIGHT}, those in a nice-to-have part ("nice to have",
 * "plus", "preferred", "bonus") weigh {@value #NICE_WEIGHT}. The score is the share of
 * weight the resume shows evidence for. Scoring a tailored resume counts only keywords the
 * base resume has evidence for, so rewording cannot raise the score with claims.
 */
public final class MatchScorer {

    static final int MUST_WEIGHT = 3;
    static final int NICE_WEIGHT = 1;
    static final Pattern NICE_SECTION = Pattern.compile("(?iu)(nice[ -]to[ -]have|bonus|preferred|desirable|would be a plus|"
            + "is a plus|a plus|plus:|good to have|wünschenswert|von vorteil|un plus|souhaité|deseable|valorable|"
            + "будет плюсом|желательно)");
    static final Pattern MUST_SECTION = Pattern.compile("(?iu)(requirements|required|must[ -]have|must|qualifications|"
            + "what you bring|you have|we expect|anforderungen|voraussetzung|exigences|requis|requisitos|imprescindible|"
            + "требования|обязательно)");

    private MatchScorer() {
    }

    /** Keyword → must-have?, in order of first appearance; a keyword named anywhere as a must is a must. */
    public static Map<String, Boolean> vacancyKeywords(String vacancy) {
        Map<String, Boolean> keywords = new LinkedHashMap<>();
        boolean niceSection = false;
        for (String line : vacancy.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            boolean heading = trimmed.length() < 60 && (trimmed.endsWith(":") || !trimmed.contains(" ") || trimmed.split(" ").length <= 5);
            if (heading && NICE_SECTION.matcher(trimmed).find()) {
                niceSection = true;
            } else if (heading && MUST_SECTION.matcher(trimmed).find()) {
                niceSection = false;
            }
            boolean nice = niceSection || (NICE_SECTION.matcher(trimmed).find() && !MUST_SECTION.matcher(trimmed).find());
            for (String keyword : Keywords.in(trimmed)) {
                keywords.merge(keyword, !nice, Boolean::logicalOr);
            }
        }
        return keywords;
    }

    public static MatchExplanation score(String vacancy, ResumeContent resume) {
        return score(vacancy, resume, resume);
    }

    /** The score of {@code resume}, counting only keywords that {@code evidence} (the base resume) also shows. */
    public static MatchExplanation score(String vacancy, ResumeContent resume, ResumeContent evidence) {
        String text = Keywords.normalize(ResumeText.of(resume));
        String evidenceText = resume == evidence ? text : Keywords.normalize(ResumeText.of(evidence));
        List<MatchExplanation.Keyword> matched = new ArrayList<>();
        List<MatchExplanation.Keyword> missing = new ArrayList<>();
        List<String> unevidenced = new ArrayList<>();
        int total = 0;
        int earned = 0;
        for (var entry : vacancyKeywords(vacancy).entrySet()) {
            int weight = entry.getValue() ? MUST_WEIGHT : NICE_WEIGHT;
            total += weight;
            var keyword = new MatchExplanation.Keyword(entry.getKey(), entry.getValue());
            boolean claimed = Keywords.mentions(text, entry.getKey());
            boolean evidenced = Keywords.mentions(evidenceText, entry.getKey());
            if (claimed && evidenced) {
                matched.add(keyword);
                earned += weight;
            } else {
                missing.add(keyword);
                if (claimed) {
                    unevidenced.add(entry.getKey());
                }
            }
        }
        int score = total == 0 ? 0 : (int) Math.round(100.0 * earned / total);
        return new MatchExplanation(Math.max(0, Math.min(100, score)), matched, missing, unevidenced);
    }
}
