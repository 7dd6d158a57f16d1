package io.resumetailor.matching.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that tell the parts of a vacancy apart, in five languages, kept as data in
 * {@code /matching/cues.tsv} ({@code kind<TAB>phrase}): headings of requirement, nice-to-have,
 * task and noise parts (about us, benefits, salary, address, equal opportunity, how to
 * apply), line markers ("is a plus", "required", "not required"), lead-ins to strip ("experience with"),
 * a resume's wishes and plans ("looking to", "je souhaite") and filler words that never make a requirement on their own ("strong", "Kenntnisse").
 * Phrases are compared lower case and without accents, on word boundaries.
 */
public final class Cues {

    public static final String MUST_HEADING = "must-heading";
    public static final String NICE_HEADING = "nice-heading";
    public static final String TASK_HEADING = "task-heading";
    public static final String NOISE_HEADING = "noise-heading";
    public static final String MUST_LINE = "must-line";
    public static final String NICE_LINE = "nice-line";
    public static final String NOISE_LINE = "noise-line";
    public static final String LEAD_IN = "lead-in";
    public static final String FILLER = "filler";
    public static final String EDUCATION_WORD = "education-word";
    public static final String CERTIFICATION_WORD = "certification-word";
    public static final String LICENCE_WORD = "licence-word";
    public static final String OR_WORD = "or-word";
    public static final String AND_WORD = "and-word";
    public static final String EXPERIENCE_WORD = "experience-word";
    public static final String NOT_REQUIRED = "not-required";
    public static final String IN_PROGRESS = "in-progress";
    /**
     * A resume line that says the proof or clearance for what it names is not held yet ("not yet certified", "noch nicht
     * zugelassen", "pas encore habilité", "aún no habilitado", "ещё не аттестован"): whatever the line names, it is
     * practised or learned, not qualified for, so it evidences nothing in full, whatever kind the requirement is.
     */
    public static final String NOT_YET = "not-yet";
    /** A resume's wish, plan or learning in progress ("looking to", "je souhaite", "хочу"): what follows is no evidence. */
    public static final String ASPIRATION = "aspiration";
    /**
     * A check or proof the employer obtains before hiring ("background check", "evidence of vaccination",
     * "erweitertes Führungszeugnis", "casier judiciaire"): a condition of employment, not a qualification a
     * resume could evidence.
     */
    public static final String EMPLOYMENT_CHECK = "employment-check";
    /**
     * The employer speaking of itself ("we", "unser", "nous", "somos", "мы"): "With more than 25 years of experience,
     * we ..." are the employer's years, not the candidate's, unless the sentence also speaks to or seeks the candidate
     * ({@link #CANDIDATE_VOICE}).
     */
    public static final String EMPLOYER_VOICE = "employer-voice";
    /** Words that address the candidate or say the employer seeks one ("you", "Sie", "vous", "buscamos", "вас", "we are looking for"). */
    public static final String CANDIDATE_VOICE = "candidate-voice";
    /** A word that asks for a rank above the plain job ("senior", "leitend", "старший"): a line must say it too. */
    public static final String SENIORITY = "seniority";
    static final Set<String> KINDS = Set.of(MUST_HEADING, NICE_HEADING, TASK_HEADING, NOISE_HEADING, MUST_LINE, NICE_LINE,
            NOISE_LINE, LEAD_IN, FILLER, EDUCATION_WORD, CERTIFICATION_WORD, LICENCE_WORD, OR_WORD, AND_WORD, EXPERIENCE_WORD,
            NOT_REQUIRED, IN_PROGRESS, NOT_YET, ASPIRATION, EMPLOYMENT_CHECK, SENIORITY, EMPLOYER_VOICE, CANDIDATE_VOICE);
    static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+#]+");

    private final Map<String, List<String>> phrases = new HashMap<>();
    private final Map<String, Pattern> patterns = new HashMap<>();
    private final Set<String> fillerWords;

    private static final class Standard {
        static final Cues INSTANCE = new Cues(Lexicon.lines("/matching/cues.tsv"));
    }

    public static Cues standard() {
        return Standard.INSTANCE;
    }

    Cues(List<String> lines) {
        for (String line : lines) {
            String[] cells = line.split("\t");
            if (cells.length != 2 || !KINDS.contains(cells[0])) {
                throw new IllegalStateException("cues.tsv: kind<TAB>phrase expected, not: " + line);
            }
            phrases.computeIfAbsent(cells[0], kind -> new ArrayList<>()).add(fold(cells[1]).strip());
        }
        phrases.forEach((kind, list) -> {
            List<String> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> b.length() - a.length());
            patterns.put(kind, Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", sorted.stream().map(Pattern::quote).toList())
                    + ")(?![\\p{L}\\p{N}])"));
        });
        fillerWords = Set.copyOf(phrases.getOrDefault(FILLER, List.of()));
    }

    public List<String> phrases(String kind) {
        return phrases.getOrDefault(kind, List.of());
    }

    /** Whether the folded {@code text} contains a phrase of {@code kind}. */
    public boolean in(String kind, String text) {
        return inFolded(kind, fold(text));
    }

    /**
     * As {@link #in}, for a text already {@link #fold folded}: what the kind's pattern finds, looked up phrase by phrase
     * with {@code indexOf}, many times faster than the pattern's alternation of a hundred phrases at every character
     * (the cues of every resume line are asked on every score).
     */
    boolean inFolded(String kind, String folded) {
        for (String phrase : phrases.getOrDefault(kind, List.of())) {
            for (int at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
                int end = at + phrase.length();
                if ((at == 0 || !wordCharacter(folded.codePointBefore(at)))
                        && (end == folded.length() || !wordCharacter(folded.codePointAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the patterns' {@code [\p{L}\p{N}]} is. */
    private static boolean wordCharacter(int codePoint) {
        return Character.isLetter(codePoint) || switch (Character.getType(codePoint)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Where the first phrase of {@code kind} ends in the folded text, or -1. */
    public int endOf(String kind, String foldedText) {
        Pattern pattern = patterns.get(kind);
        if (pattern == null) {
            return -1;
        }
        var matcher = pattern.matcher(foldedText);
        return matcher.find() ? matcher.end() : -1;
    }

    public boolean isFiller(String word) {
        return fillerWords.contains(word);
    }

    /** Lower case, accents removed, anything but letters, digits, + and # as single spaces; padded with a space. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String folded = MARKS.matcher(decomposed).replaceAll("").replace('ё', 'е');
        return " " + NON_WORD.matcher(folded).replaceAll(" ").strip() + " ";
    }
}
