package io.resumetailor.matching.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grade a certificate, licence or qualification is asked or held at: "IRATA Level 3", "NVQ Level 2",
 * "Stufe 2", "niveau 4", "nivel 2", "IV группа по электробезопасности", "группа допуска не ниже IV",
 * "5-го разряда", "УК II", "CACES R489 catégories 1, 3 et 5". "IRATA Level 2" is no evidence for
 * "IRATA Level 3", as "German B1" is none for "German C1" ({@link LanguageLevel}), and by the same
 * rules: a requirement asks the lowest grade it names ("не ниже", "at least", "mindestens" only
 * repeat that), a line states the highest, and a lower grade earns the share of the grade asked.
 *
 * <p>A grade counts only beside the same credential: a grade of the line is compared when the words
 * around it share one with the words around the requirement's grade ("электробезопасности",
 * "IRATA"), or, when the requirement names nothing but the grade ("Разряд не ниже 5-го"), when it has
 * the same marker. A line without a grade of the credential is read at the best grade the resume states
 * for it elsewhere (a job title "Rope Access Technician" beside "IRATA Level 2" in the certificates is no
 * Level 3), and as before when the resume states none. Levels, grades, groups and
 * разряды are ordered; categories are kinds (a CACES category 5 truck is no larger category 3
 * one), so only the same category counts. "Class"/"Klasse"/"класс" and the Russian "категория" are left
 * out: driving licence classes and specialists' categories count downward ("Class 1" covers "Class 2",
 * "водитель 1 класса" and "инженер 1 категории" are above the 2nd), "9 классов" is schooling, and the
 * lexicon already tells licence B from C.
 */
record CredentialGrade(boolean ordered, String marker, Set<Integer> grades, List<String> words) {

    /** What a line at another category of the same credential earns, as a share of the requirement. */
    static final double OTHER_CATEGORY = 0.5;

    private static final String ORDERED = "levels?|grades?|stufen?|niveaux?|nivel(?:es)?|уровн(?:ь|я|ем)|групп(?:а|ы|у|е|ой)|разряд(?:а|ом|у|ы)?";
    private static final String NAMED = "categor(?:y|ies)|kategorien?|catégories?|categorías?";
    private static final String ROMAN = "(?-i:X|IX|IV|VI{0,3}|I{1,3})";
    private static final String GRADE = "(?:" + ROMAN + "|10|[1-9])(?:-?(?:ого|ой|го|й|ий|я|ая|th|st|nd|rd|ème|er|e|º|ª))?(?![\\p{L}\\d])";
    /** Grades listed or as a range ("4–6 разряд", "Level 2-3"): the lowest is the one asked. */
    private static final String GRADES = GRADE + "(?:\\s*(?:,|/|&|\\+|[–—-]|\\s(?:and|und|et|y|и|or|oder|ou|o|или))\\s*" + GRADE + ")*";
    private static final String AT_LEAST = "(?:at\\s+least|minimum|mindestens|au\\s+moins|au\\s+minimum|como\\s+mínimo|al\\s+menos|mínimo|не\\s+ниже|не\\s+менее)";
    /** Marker, then up to three words and a colon or "at least" ("группа по электробезопасности не ниже IV"), then the grades. */
    private static final Pattern MARKER_FIRST = Pattern.compile("(?iu)(?<![\\p{L}\\d])(" + ORDERED + "|" + NAMED + ")(?![\\p{L}])"
            + "((?:\\s+\\p{L}+){0,3}?)\\s*(:|-|\\s" + AT_LEAST + ")?\\s*(" + GRADES + ")");
    /** The Russian order: "IV группа", "3-й разряд", "5 разряда". */
    private static final Pattern GRADE_FIRST = Pattern.compile("(?iu)(?<![\\p{L}\\d])(" + GRADE + "(?:\\s*[–—-]\\s*" + GRADE + ")?)\\s+(групп(?:а|ы|у|ой)|разряд(?:а|ом)?|уровн(?:ь|я))(?![\\p{L}])");
    /** An acronym and a Roman grade: "УК II"; not a chapter and rule of a convention ("STCW II/1"). */
    private static final Pattern ACRONYM_ROMAN = Pattern.compile("(?u)(?<![\\p{L}\\d])(\\p{Lu}{2,6})\\s+(" + ROMAN + ")(?![\\p{L}\\d]|\\s*[/.]\\s*\\d)");
    private static final Pattern ONE_GRADE = Pattern.compile("(?iu)(" + ROMAN + "|10|[1-9])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    /** Where the words of one credential end: punctuation, a dash, "or"/"and" ("CQP niveau 2 ou IRATA niveau 3"). */
    private static final Pattern CLAUSE_END = Pattern.compile("(?iu)[,;:()|•]|\\s[-–]\\s|\\s(?:or|oder|ou|o|или|либо|and|und|et|y|и)\\s");
    private static final Pattern NOT_A_WORD = Pattern.compile("(?iu)(?:" + ORDERED + "|" + NAMED + "|" + ROMAN + "|\\d+.*|at|least|mindestens|moins|mínimo|ниже|менее|не)");
    /** Words for any proof ("certificate", "Zertifikat", "удостоверение"), which tell no credential from another. */
    private static final Pattern ANY_PROOF = Pattern.compile("(?iu)(?:certif|zertifi|diplom|qualif|licen|award|nachweis|titul|título|titre|"
            + "удостовер|свидетельств|допуск|аттестат|сертифик|квалифик|диплом).*");
    private static final int WINDOW = 3;

    /** The grades a text names, with the words around each; empty when it names none. */
    static List<CredentialGrade> read(String text) {
        List<CredentialGrade> found = new ArrayList<>();
        Matcher first = MARKER_FIRST.matcher(text);
        while (first.find()) {
            boolean gap = !first.group(2).isBlank();
            boolean introduced = first.group(3) != null;
            if (gap && !introduced && !first.group(4).matches(ROMAN + ".*")) {
                continue;
            }
            boolean ordered = first.group(1).matches("(?iu)" + ORDERED);
            found.add(new CredentialGrade(ordered, stem(first.group(1)), grades(first.group(4)),
                    words(text, first.start(), first.end(), first.group(2))));
        }
        Matcher russian = GRADE_FIRST.matcher(text);
        while (russian.find()) {
            found.add(new CredentialGrade(true, stem(russian.group(2)), grades(russian.group(1)),
                    words(text, russian.start(), russian.end(), "")));
        }
        Matcher acronym = ACRONYM_ROMAN.matcher(text);
        while (acronym.find()) {
            List<String> words = new ArrayList<>(words(text, acronym.start(), acronym.end(), ""));
            words.add(acronym.group(1).toLowerCase(Locale.ROOT));
            found.add(new CredentialGrade(true, acronym.group(1).toLowerCase(Locale.ROOT), grades(acronym.group(2)), words));
        }
        return found;
    }

    /**
     * The share of the grades {@code asked} that a line naming {@code stated} holds, the best over the grades
     * asked, which are alternatives ("CQP niveau 2 ou IRATA niveau 3"): 1 when met, for a lower grade the grade
     * held over the grade asked, for another category {@value #OTHER_CATEGORY}; empty when the line states no
     * grade beside the same credential.
     */
    static OptionalDouble share(List<CredentialGrade> asked, List<CredentialGrade> stated) {
        OptionalDouble share = OptionalDouble.empty();
        for (CredentialGrade one : asked) {
            List<CredentialGrade> same = stated.stream().filter(other -> other.ordered == one.ordered && one.sameCredential(other)).toList();
            if (same.isEmpty()) {
                continue;
            }
            double held = 1;
            if (one.ordered) {
                int need = one.grades.stream().mapToInt(Integer::intValue).min().orElseThrow();
                int best = same.stream().flatMap(other -> other.grades.stream()).mapToInt(Integer::intValue).max().orElseThrow();
                held = Math.min(1, (double) best / need);
            } else if (same.stream().noneMatch(other -> other.grades.stream().anyMatch(one.grades::contains))) {
                held = OTHER_CATEGORY;
            }
            share = OptionalDouble.of(Math.max(held, share.orElse(0)));
        }
        return share;
    }

    /** Whether another grade is said of the same credential: a word around both in common, else the same marker. */
    boolean sameCredential(CredentialGrade other) {
        if (words.isEmpty()) {
            return marker.equals(other.marker);
        }
        return words.stream().anyMatch(word -> other.words.stream().anyMatch(theirs -> alike(word, theirs)));
    }

    /** Two words in one of their forms: the same, or the same first five letters ("электробезопасность", "электробезопасности"). */
    static boolean alike(String one, String other) {
        return one.equals(other) || one.length() >= 5 && other.length() >= 5 && one.regionMatches(0, other, 0, 5);
    }

    private static Set<Integer> grades(String written) {
        Set<Integer> grades = new TreeSet<>();
        Matcher one = ONE_GRADE.matcher(written);
        while (one.find()) {
            grades.add(value(one.group(1)));
        }
        return grades;
    }

    private static int value(String grade) {
        if (Character.isDigit(grade.charAt(0))) {
            return Integer.parseInt(grade);
        }
        return switch (grade) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            case "IV" -> 4;
            case "V" -> 5;
            case "VI" -> 6;
            case "VII" -> 7;
            case "VIII" -> 8;
            case "IX" -> 9;
            default -> 10;
        };
    }

    /** The marker's first five letters, so that its cases ("группа", "группы") and plurals are one marker. */
    private static String stem(String marker) {
        String folded = marker.toLowerCase(Locale.ROOT);
        return folded.substring(0, Math.min(5, folded.length()));
    }

    /**
     * The words that name what the grade is of: up to {@value #WINDOW} before the mention (in the same clause,
     * or the clause before when it opens the clause: "Допуск по электробезопасности, группа 3") and after it in
     * the same clause, and those between the marker and the grade, without markers, numbers and "at least";
     * short ones only when written as an acronym ("NVQ", "УК").
     */
    private static List<String> words(String text, int start, int end, String between) {
        List<String> words = new ArrayList<>();
        String before = text.substring(0, start);
        Matcher stop = CLAUSE_END.matcher(before);
        int from = 0;
        while (stop.find()) {
            from = stop.end();
        }
        List<String> preceding = tokens(before.substring(from));
        if (preceding.isEmpty()) {
            preceding = tokens(before);
        }
        words.addAll(preceding.subList(Math.max(0, preceding.size() - WINDOW), preceding.size()));
        words.addAll(tokens(between));
        String after = text.substring(end);
        Matcher cut = CLAUSE_END.matcher(after);
        List<String> following = tokens(cut.find() ? after.substring(0, cut.start()) : after);
        words.addAll(following.subList(0, Math.min(WINDOW, following.size())));
        return words;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String token = word.group();
            boolean acronym = token.length() >= 2 && token.equals(token.toUpperCase(Locale.ROOT)) && !token.chars().allMatch(Character::isDigit);
            if ((token.length() >= 4 || acronym) && !NOT_A_WORD.matcher(token).matches() && !ANY_PROOF.matcher(token).matches()) {
                tokens.add(token.toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }
}
