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
        if (PROOF_KINDS.contains(forms.requirement().kind()) && line.inProgress()) {
            return false;
        }
        if (forms.concept() != null && forms.conceptAlone() && names(line, forms.concept())
                && (!isLanguage(forms.concept()) || levelMet(forms, line))) {
            return true;
        }
        for (RequirementForms.Form form : forms.alternatives()) {
            if (evidences(form, line) && (form.concepts().stream().noneMatch(EvidenceFinder::isLanguage) || levelMet(forms, line))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One alternative is evidenced when the line names all its concepts (they are its head) and,
     * when more than one other content stem is left, one of those; a language asked at a level
     * and one asked without saying to teach or translate it need nothing besides the level; "teaching
     * English" still needs the teaching. Without concepts, its content stems must be there: all of one or two,
     * two of three, half of more (the head and a modifier, not the whole wording of the posting).
     * A stem is there in any inflection or derivation the line shares a prefix with, or as an
     * acronym of its words.
     */
    static boolean evidences(RequirementForms.Form form, ResumeLine line) {
        if (!form.concepts().isEmpty()) {
            for (String concept : form.concepts()) {
                if (!names(line, concept)) {
                    return false;
                }
            }
            if (form.concepts().stream().allMatch(EvidenceFinder::isLanguage) && (LanguageLevel.asked(form.text()) > 0 || !TEACHING.matcher(form.text()).find())) {
                return true;
            }
            List<String> rest = form.content().stream().filter(stem -> !form.conceptStems().contains(stem)).toList();
            return rest.size() <= 1 || present(form, rest, line) >= 1;
        }
        List<String> content = form.content();
        int present = present(form, content, line);
        int size = content.size();
        return size <= 2 ? present == size : size == 3 ? present >= 2 : present * 2 >= size;
    }

    /** How many of {@code stems} the line states, directly, in another form, or through an acronym of several of them. */
    static int present(RequirementForms.Form form, List<String> stems, ResumeLine line) {
        Set<String> found = new java.util.HashSet<>();
        for (String stem : stems) {
            if (line.mentions(stem)) {
                found.add(stem);
            }
        }
        form.acronyms().forEach((acronym, words) -> {
            if (line.stems().contains(acronym)) {
                words.stream().filter(stems::contains).forEach(found::add);
            }
        });
        return found.size();
    }

    /** Whether the line names the concept, or for a degree a degree at least as high ("Máster" for "Grado"). */
    static boolean names(ResumeLine line, String concept) {
        if (line.concepts().contains(concept)) {
            return true;
        }
        int rank = DEGREE_RANKS.indexOf(concept);
        if (rank < 0) {
            return false;
        }
        for (int higher = rank + 1; higher < DEGREE_RANKS.size(); higher++) {
            if (line.concepts().contains(DEGREE_RANKS.get(higher))) {
                return true;
            }
        }
        return false;
    }

    /** Requirements that ask for a proof: a line that says the proof is still being earned does not evidence them. */
    static final Set<String> PROOF_KINDS = Set.of("certification", "licence", "education");

    /** Degrees from lowest to highest: a higher one evidences a lower one. */
    static final List<String> DEGREE_RANKS = List.of("vocational-training", "degree-bachelor", "degree-master", "degree-phd");

    static boolean isLanguage(String concept) {
        Concept known = Lexicon.standard().concept(concept);
        return known != null && "language".equals(known.kind());
    }

    /**
     * Whether the line states the language at the level the requirement asks, if it asks one:
     * "German B1" is no evidence for "German C1". A line of the languages section without a level
     * is taken for a working knowledge (B1); elsewhere, a line must say the level.
     */
    static boolean levelMet(RequirementForms forms, ResumeLine line) {
        int asked = LanguageLevel.asked(forms.requirement().text());
        if (asked == 0) {
            return true;
        }
        int stated = LanguageLevel.stated(line.where().text());
        if (stated == 0) {
            return line.where().section().equals("languages") && asked <= WORKING_KNOWLEDGE;
        }
        return stated >= asked;
    }

    static final int WORKING_KNOWLEDGE = 3;
    /** Teaching, translating or interpreting a language is a skill of its own, not knowing the language. */
    static final java.util.regex.Pattern TEACHING = java.util.regex.Pattern.compile(
            "(?iu)teach|tutor|translat|interpret|lehr|unterricht|übersetz|dolmetsch|enseign|professeur|tradu|interpr|enseñ|profesor|преподава|учител|перев");

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
