package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Evidence;
import io.resumetailor.resumes.entity.ExperienceEntry;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Where a resume states a requirement. A line is evidence when it names the requirement's
 * lexicon concept under any name (alias, acronym, another language; not the head of the requirement's
 * name under another modifier, {@link ResumeLine#namesAsNarrowly}) and the requirement says
 * nothing besides the concept, or when one of the requirement's alternatives is in it: all
 * the concepts it names (they are its head) and, when it has more than one other content
 * stem or names a degree with its subject, one of those too; or without concepts its content stems together (all of up to
 * three, two thirds of more). "N years of X" also needs the jobs whose lines evidence X (all jobs when
 * X is nothing in particular) to span N years, months of overlapping jobs counted once.
 */
final class EvidenceFinder {

    /** A quarter of a year's slack: "3 years" is met by 2 years and 10 months. */
    static final int SLACK_MONTHS = 3;

    private EvidenceFinder() {
    }

    /** Where the resume fully evidences the requirement; empty when it does not. */
    static List<Evidence> find(RequirementForms forms, ResumeLines resume, YearMonth asOf) {
        Credit credit = credit(forms, resume, asOf);
        return credit.full() ? credit.evidence() : List.of();
    }

    /**
     * How much of the requirement the resume evidences. Lines that state it all make it full;
     * otherwise the line that states the most of it earns {@value #PARTIAL} of the share it states
     * ({@link #part}). "N years of X" is full when the jobs that evidence X (their position title or a line of
     * their description) span N years; jobs that
     * span fewer earn {@value #YEARS_FLOOR} plus the rest in proportion to the years they span, a
     * resume that states X outside any job earns {@value #YEARS_FLOOR}; "N years" of nothing in
     * particular earns the share of the years all jobs span. A certificate the resume holds at a lower grade than
     * asked ({@link #heldGrade}) is evidenced by no line, and every line's share is scaled by the grade's.
     */
    static Credit credit(RequirementForms forms, ResumeLines resume, YearMonth asOf) {
        List<ResumeLine> hits = new ArrayList<>();
        List<ResumeLine> partial = new ArrayList<>();
        double best = 0;
        double held = heldGrade(forms, resume);
        for (ResumeLine line : resume.lines()) {
            if (held >= 1 && (evidences(forms, line) || objectInEntry(forms, line, resume))) {
                hits.add(line);
                continue;
            }
            double part = part(forms, line) * held;
            if (part > best + 1e-9) {
                best = part;
                partial.clear();
                partial.add(line);
            } else if (part > 0 && part > best - 1e-9) {
                partial.add(line);
            }
        }
        double factor = RequirementExtractor.OCCUPATION.equals(forms.requirement().kind()) ? OCCUPATION_PARTIAL : PARTIAL;
        Credit partly = best > 0 ? new Credit(factor * best, where(partial)) : Credit.NONE;
        Integer years = forms.requirement().years();
        if (years == null) {
            return hits.isEmpty() ? partly : new Credit(1, where(hits));
        }
        Set<Integer> jobs = new TreeSet<>();
        boolean anything = forms.alternatives().isEmpty() && forms.concept() == null;
        if (anything) {
            for (int i = 0; i < resume.resume().experience().size(); i++) {
                jobs.add(i);
            }
            jobs.forEach(job -> resume.lines().stream().filter(line -> line.experienceEntry() == job
                    && line.where().section().equals("experience.position")).forEach(hits::add));
        } else if (hits.isEmpty()) {
            return partly;
        } else {
            hits.stream().filter(line -> line.experienceEntry() >= 0).forEach(line -> jobs.add(line.experienceEntry()));
        }
        int needed = years * 12 - SLACK_MONTHS;
        double share = Math.min(1, (double) months(resume.resume().experience(), jobs, asOf) / needed);
        if (share >= 1) {
            return new Credit(1, where(hits));
        }
        double coverage = anything ? share : YEARS_FLOOR + (1 - YEARS_FLOOR) * share;
        return coverage > 0 ? new Credit(coverage, where(hits)) : Credit.NONE;
    }

    /** Partial evidence is worth this much of full evidence of the same share: a line with half the words earns a quarter. */
    static final double PARTIAL = 0.5;
    /** A position title that names part of the occupation: the same as any partial evidence. */
    static final double OCCUPATION_PARTIAL = PARTIAL;
    /** What stating X earns toward "N years of X" when the jobs that state it span fewer years (or none). */
    static final double YEARS_FLOOR = 0.5;

    static List<Evidence> where(List<ResumeLine> lines) {
        return lines.stream().map(ResumeLine::where).distinct().toList();
    }

    /**
     * The share of a requirement one line states when it does not state it all, 0 to 1: for a
     * language, the level stated over the level asked; a proof still being earned, what the line
     * would be worth once earned; otherwise the best alternative's share ({@link #part(RequirementForms.Form, ResumeLine)}).
     */
    static double part(RequirementForms forms, ResumeLine line) {
        if (!readable(forms, line)) {
            return 0;
        }
        double best = 0;
        if (forms.concept() != null && forms.conceptAlone() && names(line, forms.concept(), products(forms))) {
            best = isLanguage(forms.concept()) ? levelShare(forms, line) : 1;
        }
        for (RequirementForms.Form form : forms.alternatives()) {
            double part = part(form, line);
            if (part > 0 && form.concepts().stream().anyMatch(EvidenceFinder::isLanguage)) {
                part *= levelShare(forms, line);
            }
            best = Math.max(best, part);
        }
        return Math.min(best, 1);
    }

    /**
     * The share of the credential grades the requirement asks that the resume holds ({@link CredentialGrade#share}): the
     * best over the lines that state a grade of the credential; 1 when the requirement asks none or no line states one.
     */
    static double heldGrade(RequirementForms forms, ResumeLines resume) {
        if (forms.grades().isEmpty()) {
            return 1;
        }
        return resume.lines().stream().map(line -> CredentialGrade.share(forms.grades(), line.grades())).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).max().orElse(1);
    }

    /**
     * The share of one alternative a line states: of its concepts and (when it has more than one
     * other content stem) its other words, the parts named; without concepts, the content stems
     * present over the number full evidence needs.
     */
    static double part(RequirementForms.Form form, ResumeLine line) {
        if (!form.concepts().isEmpty()) {
            RequirementForms.Reading reading = form.reading();
            int named = (int) form.concepts().stream().filter(concept -> names(line, concept, form.products())
                    || isDegreeEntry(form, line, concept) || reading.bilingual() && concept.equals(writtenIn(line))).count();
            boolean words = reading.rest().size() > 1 || reading.subject();
            int got = named + (words && present(form, reading.subjectStems(), line) >= 1 ? 1 : 0);
            return (double) got / (form.concepts().size() + (words ? 1 : 0));
        }
        int size = form.reading().words();
        int needed = size <= 2 ? size : size == 3 ? 2 : (size + 1) / 2;
        return needed == 0 ? 0 : Math.min(1, (double) present(form, form.content(), line) / needed);
    }

    /** The level a line states over the level asked, 1 when none is asked; a language line without a level is a working knowledge. */
    static double levelShare(RequirementForms forms, ResumeLine line) {
        int asked = LanguageLevel.asked(forms.requirement().text());
        if (asked == 0) {
            return 1;
        }
        int stated = LanguageLevel.stated(line.where().text());
        if (stated == 0) {
            stated = line.where().section().equals("languages") ? WORKING_KNOWLEDGE : 1;
        }
        return Math.min(1, (double) stated / asked);
    }

    static boolean evidences(RequirementForms forms, ResumeLine line) {
        return evidences(forms, line, false);
    }

    /**
     * A job's title names the skill and another line of the same job what it is done to ("Konstrukteur" over
     * "Konstruierte Vorrichtungen für die Montage" for "Konstruktion von Vorrichtungen"): the job shows it, though no
     * one line does ({@link RequirementForms.Reading#objectAsked}).
     */
    static boolean objectInEntry(RequirementForms forms, ResumeLine line, ResumeLines resume) {
        if (line.experienceEntry() < 0 || !line.where().section().equals("experience.position")
                || forms.alternatives().stream().noneMatch(form -> form.reading().objectAsked()) || !evidences(forms, line, true)) {
            return false;
        }
        return resume.lines().stream().anyMatch(other -> other != line && other.experienceEntry() == line.experienceEntry()
                && forms.alternatives().stream().anyMatch(form -> form.reading().objectAsked()
                        && present(form, form.reading().subjectStems(), other) >= 1));
    }

    /** {@code objectElsewhere}: what the skill is done to is stated by another line, so this one need not. */
    static boolean evidences(RequirementForms forms, ResumeLine line, boolean objectElsewhere) {
        if (!readable(forms, line)) {
            return false;
        }
        if (PROOF_KINDS.contains(forms.requirement().kind()) && line.inProgress() || line.notYet()) {
            return false;
        }
        if (forms.concept() != null && forms.conceptAlone() && names(line, forms.concept(), products(forms))
                && narrowly(line, forms.concept(), forms.alternatives().isEmpty() ? Map.of() : forms.alternatives().get(0).names())
                && (!isLanguage(forms.concept()) || levelMet(forms, line))) {
            return true;
        }
        for (RequirementForms.Form form : forms.alternatives()) {
            if (evidences(form, line, objectElsewhere)
                    && (form.concepts().stream().noneMatch(EvidenceFinder::isLanguage) || levelMet(forms, line))) {
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
        return evidences(form, line, false);
    }

    static boolean evidences(RequirementForms.Form form, ResumeLine line, boolean objectElsewhere) {
        if (!form.concepts().isEmpty()) {
            RequirementForms.Reading reading = form.reading();
            for (String concept : form.concepts()) {
                if (reading.bilingual() && concept.equals(writtenIn(line))) {
                    continue; // the resume is written in it
                }
                if (!(names(line, concept, form.products()) || isDegreeEntry(form, line, concept)) || !narrowly(line, concept, form.names())) {
                    return false;
                }
            }
            if (reading.languageOnly()) {
                return true;
            }
            if (!rankMet(form, line)) {
                return false;
            }
            return reading.rest().size() <= 1 && !reading.subject() && (!reading.objectAsked() || objectElsewhere)
                    || present(form, reading.subjectStems(), line) >= 1;
        }
        List<String> content = form.content();
        int present = present(form, content, line);
        int size = form.reading().words();
        return size <= 2 ? present == size : size == 3 ? present >= 2 : present * 2 >= size;
    }

    /**
     * Whether a line states the rank the alternative asks for, if it asks one: "experience as a senior
     * flight attendant" or "als leitende Pflegefachkraft" is not met by a line that names the job
     * without a rank word ({@link Cues#SENIORITY}), though a word beside a concept is otherwise optional.
     */
    static boolean rankMet(RequirementForms.Form form, ResumeLine line) {
        return !form.reading().asksRank() || Cues.standard().in(Cues.SENIORITY, line.where().text());
    }

    /**
     * Whether the alternative names a degree with its subject ("Bachelor of Nursing", "Grado en
     * Derecho", "Studium der Informatik"): the subject is what the degree is about, so even a single word of
     * it must be stated, where one other word beside a skill's name may be left out. A qualifier
     * without a linking word ("высшее техническое образование") is no subject and stays optional;
     * one in parentheses is ("высшее образование (таможенное дело, экономика)"). When the alternative
     * names a concept besides the degree ("Ausbildung als Ersthelfer"), that concept is the subject,
     * which is named anyway, and the other words stay optional.
     */
    static final Pattern SUBJECT_LINK = Pattern.compile("(?iu)\\s(?:of|in|im|für|der|als|as|en|de|del|comme|como|по|в)\\s");

    static boolean hasSubject(String text, Set<String> concepts, List<String> rest) {
        if (rest.isEmpty() || !SUBJECT_LINK.matcher(text).find() && !RequirementForms.ASIDE.matcher(text).find()) {
            return false;
        }
        boolean degree = false;
        for (String concept : concepts) {
            Concept known = Lexicon.standard().concept(concept);
            if (known == null || !"education".equals(known.kind())) {
                return false;
            }
            degree = true;
        }
        return degree;
    }

    /**
     * Whether the line is an entry of the resume's education section that names no degree or
     * training of its own but states the subject the alternative asks the degree in: "Tierwirt,
     * Fachrichtung Rinderhaltung" or "Специалист, Таможенное дело" is that training or degree, written
     * without the word for it. A line that names a degree is compared by rank instead
     * ({@link #names(ResumeLine, String)}); an alternative that asks only the degree, or a qualifier
     * ("высшее техническое образование"), is not met this way: the subject must be a concept of its own
     * or one of its words, and the line must state it. Only up to a bachelor's: a master's or a
     * doctorate is written as one.
     */
    static boolean isDegreeEntry(RequirementForms.Form form, ResumeLine line, String concept) {
        int rank = DEGREE_RANKS.indexOf(concept);
        if (rank < 0 || rank > DEGREE_RANKS.indexOf("degree-bachelor") || !line.where().section().equals("education")
                || line.concepts().stream().anyMatch(DEGREE_RANKS::contains)) {
            return false;
        }
        List<String> subjects = form.concepts().stream().filter(other -> !DEGREE_RANKS.contains(other)).toList();
        if (!subjects.isEmpty()) {
            return subjects.stream().allMatch(subject -> names(line, subject, form.products()));
        }
        return form.reading().subject() && present(form, form.reading().subjectStems(), line) >= 1;
    }

    /**
     * The words of a degree's alternative that name its subject: after a linking word, those outside
     * parentheses ("Maler" of "Ausbildung als Maler (Geselle)", where the bracket gives the grade);
     * without one, those in them ("высшее техническое образование (электроснабжение, электротехника)",
     * where the words outside only qualify the degree); all of them when that leaves none.
     */
    static List<String> subject(String text, Set<String> asideOnly, List<String> rest) {
        boolean linked = SUBJECT_LINK.matcher(RequirementForms.ASIDE.matcher(text).replaceAll(" ")).find();
        List<String> subject = rest.stream().filter(stem -> linked != asideOnly.contains(stem)).toList();
        return subject.isEmpty() ? rest : subject;
    }

    /** How many of {@code stems} the line states, directly, in another form, or through an acronym of several of them. */
    static int present(RequirementForms.Form form, List<String> stems, ResumeLine line) {
        Set<String> found = new HashSet<>();
        for (String stem : stems) {
            if (line.mentions(stem)) {
                found.add(form.head(stem));
            }
        }
        form.acronyms().forEach((acronym, words) -> {
            if (line.stems().contains(acronym)) {
                words.stream().filter(stems::contains).map(form::head).forEach(found::add);
            }
        });
        return found.size();
    }

    /**
     * The word a stem belongs to when the positions of the words are not known (a reading bridged from another
     * language, {@link RequirementForms#prefixHeads}): a compound and its own first part ("beratungsgesprach" and
     * "berat") are one word. The shortest of the stems it begins with, or itself.
     */
    static String head(String stem, List<String> stems) {
        String head = stem;
        for (String other : stems) {
            if (other.length() >= ResumeLine.SHORTEST_PREFIX && other.length() < head.length() && stem.startsWith(other)) {
                head = other;
            }
        }
        return head;
    }

    /** The products the requirement's own wording names ("Revit"), which a sibling product does not meet. */
    static Map<String, List<String>> products(RequirementForms forms) {
        return forms.alternatives().isEmpty() ? Map.of() : forms.alternatives().get(0).products();
    }

    /** {@link #names(ResumeLine, String)}; a concept the requirement names by one product must be named by that product or a general name. */
    static boolean names(ResumeLine line, String concept, Map<String, List<String>> products) {
        List<String> product = products.get(concept);
        return names(line, concept) && (product == null || line.namesAs(concept, product));
    }

    /** {@link ResumeLine#namesAsNarrowly}; a degree named by a higher one is not narrowed. */
    static boolean narrowly(ResumeLine line, String concept, Map<String, List<String>> names) {
        return !line.concepts().contains(concept) || line.namesAsNarrowly(concept, names.get(concept));
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

    /** Whether the line can evidence the requirement at all: an occupation only a position title can. */
    static boolean readable(RequirementForms forms, ResumeLine line) {
        String section = line.where().section();
        if ("education".equals(forms.requirement().kind()) && forms.concept() != null && !isEducation(forms.concept())
                && !section.equals("education") && !section.equals("certifications")) {
            // "diplôme en hôtellerie": a degree named by its field is read where degrees stand, or where a line names a degree,
            // not from "dans l'hôtellerie" in the summary
            return line.concepts().stream().anyMatch(EvidenceFinder::isEducation);
        }
        return !RequirementExtractor.OCCUPATION.equals(forms.requirement().kind()) || section.equals("experience.position");
    }

    static boolean isEducation(String concept) {
        return hasKind(concept, "education");
    }

    /** Requirements that ask for a proof: a line that says the proof is still being earned does not evidence them. */
    static final Set<String> PROOF_KINDS = Set.of("certification", "licence", "education");

    /** Degrees from lowest to highest: a higher one evidences a lower one. */
    static final List<String> DEGREE_RANKS = List.of("secondary-education", "vocational-training", "degree-bachelor", "degree-master",
            "degree-phd");

    /** The language concept of the language a line is written in ("lang-en"). */
    static String writtenIn(ResumeLine line) {
        return "lang-" + line.language().code();
    }

    static boolean isLanguage(String concept) {
        return hasKind(concept, "language");
    }

    private static boolean hasKind(String concept, String kind) {
        Concept known = Lexicon.standard().concept(concept);
        return known != null && kind.equals(known.kind());
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
    static final Pattern TEACHING = Pattern.compile(
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
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
