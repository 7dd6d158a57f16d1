package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Evidence;
import io.resumetailor.resumes.entity.ExperienceEntry;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a resume states a requirement. A line is evidence when it names the requirement's
 * lexicon concept under any name (alias, acronym, another language) and the requirement says
 * nothing besides the concept, or when one of the requirement's alternatives is in it: all
 * the concepts it names (they are its head) and, when it has more than one other content
 * stem, one of those too; or without concepts its content stems together (all of up to
 * three, two thirds of more). "N years of X" also needs the jobs whose lines evidence X (all jobs when
 * X is nothing in particular) to span N years, months of overlapping jobs counted once.
 */
final class EvidenceFinder {

    /** A quarter of a year's slack: "3 years" is met by 2 years and 10 months. */
    static final int SLACK_MONTHS = 3;

    private EvidenceFinder() {
    }

    static List<Evidence> find(RequirementForms forms, ResumeLines resume, YearMonth asOf) {
        List<ResumeLine> hits = new ArrayList<>();
        for (ResumeLine line : resume.lines()) {
            if (evidences(forms, line)) {
                hits.add(line);
            }
        }
        Integer years = forms.requirement().years();
        if (years != null) {
            Set<Integer> jobs = new TreeSet<>();
            boolean anything = forms.alternatives().isEmpty() && forms.concept() == null;
            if (anything) {
                for (int i = 0; i < resume.resume().experience().size(); i++) {
                    jobs.add(i);
                }
            } else {
                hits.stream().filter(line -> line.experienceEntry() >= 0).forEach(line -> jobs.add(line.experienceEntry()));
            }
            if (months(resume.resume().experience(), jobs, asOf) < years * 12 - SLACK_MONTHS) {
                return List.of();
            }
            if (anything) {
                jobs.forEach(job -> resume.lines().stream().filter(line -> line.experienceEntry() == job
                        && line.where().section().equals("experience.position")).forEach(hits::add));
            }
        }
        return hits.stream().map(ResumeLine::where).toList();
    }

    static boolean evidences(RequirementForms forms, ResumeLine line) {
        if (forms.concept() != null && forms.conceptAlone() && line.concepts().contains(forms.concept())) {
            return true;
        }
        for (RequirementForms.Form form : forms.alternatives()) {
            if (evidences(form, line)) {
                return true;
            }
        }
        return false;
    }

    static boolean evidences(RequirementForms.Form form, ResumeLine line) {
        if (!form.concepts().isEmpty()) {
            if (!line.concepts().containsAll(form.concepts())) {
                return false;
            }
            List<String> rest = form.content().stream().filter(stem -> !form.conceptStems().contains(stem)).toList();
            long present = rest.stream().filter(line.stems()::contains).count();
            return rest.size() <= 1 || present >= 1;
        }
        List<String> content = form.content();
        long present = content.stream().filter(line.stems()::contains).count();
        return content.size() <= 3 ? present == content.size() : present * 3 >= content.size() * 2L;
    }

    /** The months covered by the given jobs up to {@code asOf}, overlaps counted once. */
    static int months(List<ExperienceEntry> experience, Set<Integer> jobs, YearMonth asOf) {
        Set<YearMonth> covered = new TreeSet<>();
        for (int job : jobs) {
            ExperienceEntry entry = experience.get(job);
            YearMonth start = parse(entry.startDate());
            YearMonth end = entry.endDate() == null ? asOf : parse(entry.endDate());
            if (start == null || end == null) {
                continue;
            }
            for (YearMonth month = start; !month.isAfter(end) && covered.size() < 12 * 60; month = month.plusMonths(1)) {
                covered.add(month);
            }
        }
        return covered.size();
    }

    static YearMonth parse(String month) {
        try {
            return month == null ? null : YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
