package io.resumetailor.tailoring.control;

import io.resumetailor.matching.control.MatchScorer;
import io.resumetailor.matching.control.Relevance;
import io.resumetailor.matching.control.ResumeLines;
import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.tailoring.entity.GuardResult;
import io.resumetailor.tailoring.entity.GuardWarning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a tailored resume to the base resume. Tailoring may reorder, select and rephrase;
 * it may not change who the person is, where and when they worked or studied, what they
 * are certified in, nor add skills or numbers the base does not support. Every violation
 * is reverted to the base text and reported; dropped experience entries come back.
 */
public final class FabricationGuard {

    /** Percentages, money, multipliers, counts with a unit or magnitude, and plain numbers of two or more digits. */
    static final Pattern NUMBER = Pattern.compile("(?iu)[$€£]\\s?\\d[\\d.,]*\\s?[kmb]?|\\d[\\d.,]*\\s?(?:%|x\\b|[kmb]\\b|\\+)|\\b\\d{2,}[\\d.,]*\\b|\\b\\d\\b");

    private FabricationGuard() {
    }

    public static GuardResult check(ResumeContent base, ResumeContent tailored) {
        List<GuardWarning> warnings = new ArrayList<>();
        Set<String> baseNumbers = numbers(ResumeText.of(base));

        if (!Objects.equals(base.personalInfo(), tailored.personalInfo())) {
            warnings.add(GuardWarning.of("personalInfo", "personal info was changed; the base resume's is kept"));
        }

        List<ExperienceEntry> experience = new ArrayList<>();
        List<Integer> experienceSources = new ArrayList<>();
        Set<Integer> used = new LinkedHashSet<>();
        for (int i = 0; i < tailored.experience().size(); i++) {
            ExperienceEntry entry = tailored.experience().get(i);
            int source = matchExperience(base.experience(), entry, used);
            if (source < 0) {
                warnings.add(GuardWarning.of("experience", "the entry \"" + entry.position() + " at " + entry.company()
                        + "\" matches no entry of the base resume; removed"));
                continue;
            }
            used.add(source);
            ExperienceEntry original = base.experience().get(source);
            if (!same(original.company(), entry.company()) || !same(original.position(), entry.position())
                    || !Objects.equals(original.startDate(), entry.startDate()) || !Objects.equals(original.endDate(), entry.endDate())) {
                warnings.add(new GuardWarning("experience", experience.size(),
                        "employer, position or dates changed; the base entry's are kept"));
            }
            String description = entry.description();
            Set<String> invented = invented(numbers(description), baseNumbers);
            if (!invented.isEmpty()) {
                warnings.add(new GuardWarning("experience", experience.size(),
                        "numbers " + invented + " are not in the base resume; description reverted"));
                description = original.description();
            }
            experience.add(new ExperienceEntry(original.company(), original.position(), original.startDate(), original.endDate(),
                    description, original.projects(), original.links()));
            experienceSources.add(source);
        }
        for (int source = 0; source < base.experience().size(); source++) {
            if (!used.contains(source)) {
                ExperienceEntry original = base.experience().get(source);
                warnings.add(new GuardWarning("experience", experience.size(), "the entry \"" + original.position() + " at "
                        + original.company() + "\" was dropped; restored"));
                experience.add(original);
                experienceSources.add(source);
            }
        }

        List<EducationEntry> education = new ArrayList<>();
        List<Integer> educationSources = new ArrayList<>();
        boolean educationChanged = tailored.education().size() != base.education().size();
        for (int i = 0; i < base.education().size(); i++) {
            EducationEntry original = base.education().get(i);
            if (!educationChanged && !tailored.education().contains(original)) {
                educationChanged = true;
            }
            education.add(original);
            educationSources.add(i);
        }
        if (educationChanged) {
            warnings.add(GuardWarning.of("education", "education was changed; the base resume's is kept"));
        }

        List<CertificationEntry> certifications = base.certifications();
        if (!Objects.equals(normalizedSet(base.certifications()), normalizedSet(tailored.certifications()))) {
            warnings.add(GuardWarning.of("certifications", "certifications were changed; the base resume's are kept"));
        }
        if (!Objects.equals(base.languages(), tailored.languages())
                && !Objects.equals(normalizedSet(base.languages()), normalizedSet(tailored.languages()))) {
            warnings.add(GuardWarning.of("languages", "languages were changed; the base resume's are kept"));
        }

        ResumeLines baseLines = MatchScorer.standard().lines(base);
        List<String> skills = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String skill : tailored.skills()) {
            if (skill == null || skill.isBlank() || !seen.add(skill.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (hasEvidence(skill, base, baseLines)) {
                skills.add(skill);
            } else {
                warnings.add(GuardWarning.of("skills", "skill \"" + skill + "\" has no evidence in the base resume; removed"));
            }
        }

        String summary = tailored.summary();
        if (summary != null) {
            Set<String> invented = invented(numbers(summary), baseNumbers);
            List<String> unsupported = Relevance.unsupportedConcepts(summary, baseLines);
            if (!invented.isEmpty() || !unsupported.isEmpty()) {
                warnings.add(GuardWarning.of("summary", "summary claims " + (invented.isEmpty() ? "" : "numbers " + invented + " ")
                        + (unsupported.isEmpty() ? "" : "skills " + unsupported + " ") + "not in the base resume; reverted"));
                summary = base.summary();
            }
        }

        ResumeContent guarded = new ResumeContent(base.personalInfo(), summary, experience, education, skills,
                certifications, base.languages());
        return new GuardResult(guarded, List.copyOf(warnings), List.copyOf(experienceSources), List.copyOf(educationSources));
    }

    /** The base entry a tailored entry came from: same employer and position first, then same dates, then same employer. */
    static int matchExperience(List<ExperienceEntry> base, ExperienceEntry entry, Set<Integer> used) {
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < base.size(); i++) {
                if (used.contains(i)) {
                    continue;
                }
                ExperienceEntry candidate = base.get(i);
                boolean hit = switch (pass) {
                    case 0 -> same(candidate.company(), entry.company()) && same(candidate.position(), entry.position());
                    case 1 -> Objects.equals(candidate.startDate(), entry.startDate())
                            && (same(candidate.company(), entry.company()) || same(candidate.position(), entry.position()));
                    default -> same(candidate.company(), entry.company());
                };
                if (hit) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A skill is supported when the base lists it, or states it in any form the matcher understands. */
    static boolean hasEvidence(String skill, ResumeContent base, ResumeLines baseLines) {
        for (String known : base.skills()) {
            if (known.equalsIgnoreCase(skill.strip())) {
                return true;
            }
        }
        return Relevance.evidenced(skill, baseLines);
    }

    static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        if (text == null) {
            return numbers;
        }
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group().replaceAll("\\s", "").toLowerCase(Locale.ROOT));
        }
        return numbers;
    }

    static Set<String> invented(Set<String> numbers, Set<String> baseNumbers) {
        Set<String> baseDigits = new LinkedHashSet<>();
        baseNumbers.forEach(n -> baseDigits.add(n.replaceAll("[^\\d.]", "")));
        Set<String> invented = new LinkedHashSet<>();
        for (String number : numbers) {
            if (!baseNumbers.contains(number) && !(number.matches("\\d+") && baseDigits.contains(number))) {
                invented.add(number);
            }
        }
        return invented;
    }

    static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    static <T> Set<String> normalizedSet(List<T> items) {
        Set<String> set = new LinkedHashSet<>();
        if (items != null) {
            items.forEach(item -> set.add(String.valueOf(item).toLowerCase(Locale.ROOT)));
        }
        return set;
    }
}
