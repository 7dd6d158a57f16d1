package io.resumetailor.tailoring.control;

import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tailoring without a model, purely extractive: skills and each position's bullet lines
 * are reordered so those the vacancy asks for come first, and the summary is built from
 * the resume's own sentences that match the vacancy best. Nothing is written that the
 * base resume does not already say, so the guard has nothing to revert.
 */
public final class OfflineTailor {

    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    static final int SUMMARY_SENTENCES = 3;

    private OfflineTailor() {
    }

    public static ResumeContent tailor(ResumeContent base, String vacancy) {
        Map<String, Boolean> keywords = MatchScorer.vacancyKeywords(vacancy);
        List<String> skills = new ArrayList<>(base.skills());
        skills.sort(Comparator.comparingInt((String skill) -> -relevance(skill, keywords)));
        List<ExperienceEntry> experience = base.experience().stream().map(entry -> new ExperienceEntry(entry.company(),
                entry.position(), entry.startDate(), entry.endDate(), reorderLines(entry.description(), keywords),
                entry.projects(), entry.links())).toList();
        return new ResumeContent(base.personalInfo(), summary(base, keywords), experience, base.education(), skills,
                base.certifications(), base.languages());
    }

    static int relevance(String text, Map<String, Boolean> keywords) {
        String normalized = Keywords.normalize(text);
        int relevance = 0;
        for (var keyword : keywords.entrySet()) {
            if (Keywords.mentions(normalized, keyword.getKey())) {
                relevance += keyword.getValue() ? MatchScorer.MUST_WEIGHT : MatchScorer.NICE_WEIGHT;
            }
        }
        return relevance;
    }

    static String reorderLines(String description, Map<String, Boolean> keywords) {
        if (description == null || !description.contains("\n")) {
            return description;
        }
        List<String> lines = new ArrayList<>(List.of(description.split("\n")));
        lines.sort(Comparator.comparingInt((String line) -> -relevance(line, keywords)));
        return String.join("\n", lines);
    }

    /** The most relevant sentences of the resume's summary and descriptions, in their original wording. */
    static String summary(ResumeContent base, Map<String, Boolean> keywords) {
        List<String> sentences = new ArrayList<>();
        if (base.summary() != null) {
            sentences.addAll(List.of(SENTENCE_END.split(base.summary().strip())));
        }
        for (ExperienceEntry entry : base.experience()) {
            for (String line : entry.description().split("\n")) {
                String sentence = line.replaceFirst("^\\s*[-•*]\\s*", "").strip();
                if (sentence.length() > 20) {
                    sentences.add(sentence.endsWith(".") ? sentence : sentence + ".");
                }
            }
        }
        List<String> ranked = sentences.stream().filter(s -> !s.isBlank()).distinct()
                .sorted(Comparator.comparingInt((String s) -> -relevance(s, keywords))).limit(SUMMARY_SENTENCES).toList();
        return ranked.isEmpty() ? base.summary() : String.join(" ", ranked);
    }
}
