package io.resumetailor.tailoring.control;

import io.resumetailor.matching.control.MatchScorer;
import io.resumetailor.matching.control.Relevance;
import io.resumetailor.matching.entity.Requirement;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tailoring without a model, purely extractive, with the analysis the score uses: skills
 * and each position's bullet lines are ordered by the weight of the vacancy's requirements
 * they evidence (stable, so equals keep their order), and so are the summary's sentences
 * (a resume without a summary gets one from its description lines). Nothing is written that the
 * base resume does not already say, so the guard has nothing to revert.
 */
public final class OfflineTailor {

    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    static final int SUMMARY_SENTENCES = 3;

    private OfflineTailor() {
    }

    public static ResumeContent tailor(ResumeContent base, List<Requirement> requirements) {
        Relevance relevance = Relevance.of(requirements, MatchScorer.standard().lines(base));
        List<String> skills = new ArrayList<>(base.skills());
        skills.sort(Comparator.comparingInt((String skill) -> -relevance.weight(skill)));
        List<ExperienceEntry> experience = base.experience().stream().map(entry -> new ExperienceEntry(entry.company(),
                entry.position(), entry.startDate(), entry.endDate(), reorderLines(entry.description(), relevance),
                entry.projects(), entry.links())).toList();
        return new ResumeContent(base.personalInfo(), summary(base, relevance), experience, base.education(), skills,
                base.certifications(), base.languages());
    }

    static String reorderLines(String description, Relevance relevance) {
        if (description == null || !description.contains("\n")) {
            return description;
        }
        List<String> lines = new ArrayList<>(List.of(description.split("\n")));
        lines.sort(Comparator.comparingInt((String line) -> -relevance.weight(line)));
        return String.join("\n", lines);
    }

    /**
     * The summary's own sentences, those that evidence the most must-haves (then the most
     * weight) first. A resume without a summary gets one of its description lines that do
     * so, at most {@value #SUMMARY_SENTENCES}: lines copied next to a summary of its own only
     * repeated the experience in the same document (a user trial found them twice in every
     * export) and evidenced nothing new.
     */
    static String summary(ResumeContent base, Relevance relevance) {
        Comparator<String> relevant = Comparator.comparingInt((String s) -> -relevance.mustHaves(s))
                .thenComparingInt(s -> -relevance.weight(s));
        if (base.summary() != null && !base.summary().isBlank()) {
            return String.join(" ", List.of(SENTENCE_END.split(base.summary().strip())).stream()
                    .filter(s -> !s.isBlank()).sorted(relevant).toList());
        }
        List<String> sentences = new ArrayList<>();
        for (ExperienceEntry entry : base.experience()) {
            for (String line : entry.description().split("\n")) {
                String sentence = line.replaceFirst("^\\s*[-•*]\\s*", "").strip();
                if (sentence.length() > 20) {
                    sentences.add(sentence.endsWith(".") ? sentence : sentence + ".");
                }
            }
        }
        List<String> ranked = sentences.stream().distinct().sorted(relevant).limit(SUMMARY_SENTENCES).toList();
        return ranked.isEmpty() ? base.summary() : String.join(" ", ranked);
    }
}
