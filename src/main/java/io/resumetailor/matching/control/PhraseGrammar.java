package io.resumetailor.matching.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrase grammar that turns a requirement line into requirement phrases without a
 * tagger: a line is cut at semicolons, then at commas and "and" words (and, und, et, y, и,
 * sowie...) into conjuncts, except where the cut would break a lexicon name ("health and
 * safety") or the list is one of alternatives ("Java, Kotlin or Scala": one requirement,
 * the "or" in its last part; in a segment that also has "and", the run of short items before an
 * "or" is kept together: "ACA, ACCA or CIMA qualified and ..." asks for one of three, not for three).
 * Commas inside parentheses never cut. Each conjunct loses its lead-in ("experience with",
 * "Kenntnisse in", "maîtrise de", "опыт работы с") and its must/nice markers ("is
 * essential", "(desirable)", "von Vorteil").
 */
final class PhraseGrammar {

    private PhraseGrammar() {
    }

    /** The conjuncts of a requirement line, in order. */
    static List<String> conjuncts(String line, Lexicon lexicon, Language language) {
        List<String> result = new ArrayList<>();
        for (String segment : protectParentheses(line).split(";")) {
            segment = protectOfSeries(protectAlternatives(segment));
            List<String> parts = splitAnd(segment, lexicon, language);
            String[] byComma = segment.split(",");
            boolean alternatives = hasWord(byComma[byComma.length - 1], Cues.OR_WORD) && !hasWord(segment, Cues.AND_WORD);
            if (alternatives || parts.size() == 1 || breaksAName(segment, parts, lexicon, language)) {
                result.add(restore(segment));
            } else {
                parts.forEach(part -> result.add(restore(part)));
            }
        }
        return result.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "Ausbildung als Brauer und Mälzer (m/w/d)", "Fleuriste (H/F)": a gender marker of a job title asks for nothing. */
    static final Pattern GENDER_ASIDE = Pattern.compile("(?iu)\\s*\\(\\s*(?:" + JobTitle.GENDER_MARKER + "|м\\s*/\\s*ж)\\s*\\)");

    /** The phrase without a gender marker, lead-ins at its start and must/nice markers and punctuation at either end. */
    static String clean(String phrase) {
        phrase = GENDER_ASIDE.matcher(phrase).replaceAll("");
        List<String> words = new ArrayList<>(Arrays.asList(ELISION.matcher(phrase.strip()).replaceAll("$1' ").split("\\s+")));
        boolean changed = true;
        while (changed && !words.isEmpty()) {
            changed = false;
            int lead = longestCueAtStart(words, Cues.LEAD_IN);
            int marker = Math.max(longestCueAtStart(words, Cues.MUST_LINE), longestCueAtStart(words, Cues.NICE_LINE));
            int drop = Math.max(Math.max(lead, marker), Math.max(conditionalOpener(words), leadingFunctionWord(words)));
            if (drop > 0 && drop < words.size()) {
                words.subList(0, drop).clear();
                changed = true;
            }
            int tail = Math.max(longestCueAtEnd(words, Cues.MUST_LINE), longestCueAtEnd(words, Cues.NICE_LINE));
            if (tail > 0 && tail < words.size()) {
                words.subList(words.size() - tail, words.size()).clear();
                dropUnclosedAside(words);
                changed = true;
            }
            while (words.size() > 1 && isLinkAtEnd(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
                changed = true;
            }
        }
        return trimPunctuation(String.join(" ", words).replace("' ", "'").replace("’ ", "’"));
    }

    /** A word that addresses the reader, per language: a line with one is written as "Sie haben ...", "du bist ...", "vous maîtrisez ...". */
    static final Pattern ADDRESSED = Pattern.compile("(?u)(?<![\\p{L}])(?:[Dd]u|Sie|[Dd]ich|[Dd]ir|[Dd]ein\\p{L}*|Ihr\\p{L}*|[Vv]ous|[Вв]ы|[Вв]аш\\p{L}*)(?![\\p{L}])");
    /** The endings of a verb addressed to the reader: German du (-st) and Sie (-en), French vous (-ez), Russian вы (-ете, -ите). */
    static final java.util.Map<Language, Pattern> ADDRESSED_VERB = java.util.Map.of(
            Language.DE, Pattern.compile("(?u)\\p{Ll}{2,}(?:st|en)"),
            Language.FR, Pattern.compile("(?u)\\p{Ll}{2,}ez"),
            Language.RU, Pattern.compile("(?u)\\p{Ll}{2,}(?:ете|ите)"));

    /**
     * The phrase without the verb that opens it when its line addresses the reader: "Sie haben
     * Erfahrung mit DATEV", "du beherrschst Colorationen", "vous appliquez les règles d'hygiène",
     * "вы владеете 1С" leave "haben", "beherrschst", "appliquez", "владеете" at the start of the
     * phrase once the pronoun is gone (or with it), and those words are no part of what is asked. Only a word in
     * lower case with a verb ending of that person is dropped (a German noun is capitalised; an
     * adjective of a line that addresses nobody, "stationären Langzeitpflege", is kept), and only
     * when two words or more remain; a verb that is part of a skill's name ("Sie lesen technische
     * Zeichnungen": reading drawings) is kept.
     */
    static String withoutAddressedVerb(String phrase, String line, Language language, Lexicon lexicon) {
        Pattern verb = ADDRESSED_VERB.get(language);
        if (verb == null || !ADDRESSED.matcher(line).find()) {
            return phrase;
        }
        String[] words = phrase.strip().split("\\s+");
        int at = words.length > 0 && ADDRESSED.matcher(words[0]).matches() ? 1 : 0;
        if (words.length - at < 3 || !verb.matcher(words[at]).matches()) {
            return phrase;
        }
        String without = clean(String.join(" ", Arrays.asList(words).subList(at + 1, words.length)));
        return concepts(without, language, lexicon).containsAll(concepts(phrase, language, lexicon)) ? without
                : clean(String.join(" ", Arrays.asList(words).subList(at, words.length)));
    }

    static java.util.Set<String> concepts(String text, Language language, Lexicon lexicon) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        lexicon.find(lexicon.analysis().analyze(text, language), language).forEach(found -> ids.add(found.concept().id()));
        return ids;
    }

    /** Articles, and the "and"/"or" a cut list leaves at the start of its last part: no content, and they hide a lead-in ("el conocimiento de"). */
    static final java.util.Set<String> FUNCTION_WORDS_AT_START = java.util.Set.of("the", "a", "an", "der", "die", "das", "den", "dem", "ein",
            "eine", "einen", "einer", "einem", "le", "la", "les", "un", "une", "des", "du", "el", "los", "las", "una", "unos", "unas",
            "and", "or", "und", "oder", "et", "ou", "y", "o", "и", "или");
    /** The words a condition starts with ("if you", "si tu", "wenn du", "если вы"): the wish of a sentence such as "it would be great if you ...". */
    static final java.util.Set<String> IF_WORDS = java.util.Set.of("if", "si", "wenn", "falls", "если");
    static final java.util.Set<String> YOU_WORDS = java.util.Set.of("you", "tu", "vous", "du", "sie", "ihr", "ты", "вы", "usted");
    /** Prepositions that end the verb of a condition ("if you have worked with", "si tu as déjà travaillé sur"). */
    static final java.util.Set<String> OPENER_ENDS = java.util.Set.of("with", "on", "in", "of", "sur", "avec", "dans", "con", "en", "mit",
            "im", "bei", "с", "в", "на");
    static final int OPENER_WORDS = 4;

    /**
     * How many words at the start are a condition addressed to the candidate: "if you" or "si tu" and
     * its verb, up to the object ("si tu connais | les bases de HTML", "if you have experience with |
     * Aconex", "si tu as déjà travaillé sur | un produit B2B"): its article or after its preposition,
     * within {@value #OPENER_WORDS} words; the verb alone when neither comes. 0 when the phrase starts otherwise.
     */
    static int conditionalOpener(List<String> words) {
        if (words.size() < 4 || !IF_WORDS.contains(Cues.fold(words.get(0)).strip())
                || !YOU_WORDS.contains(Cues.fold(words.get(1)).strip())) {
            return 0;
        }
        for (int i = 2; i < Math.min(words.size() - 1, 2 + OPENER_WORDS); i++) {
            String folded = Cues.fold(words.get(i)).strip();
            if (FUNCTION_WORDS_AT_START.contains(folded) && i > 2) {
                return i;
            }
            if (OPENER_ENDS.contains(folded)) {
                return i + 1;
            }
        }
        return 3;
    }

    static int leadingFunctionWord(List<String> words) {
        if (words.size() > 1 && FUNCTION_WORDS_AT_START.contains(Cues.fold(words.get(0)).strip())) {
            return 1;
        }
        int and = longestCueAtStart(words, Cues.AND_WORD);
        return and < words.size() ? and : 0;
    }

    /**
     * A marker cut from the end of an aside ("Anglais technique (niveau B1 minimum)", "French (bilingual
     * English/French is an asset)") leaves it open: the aside goes too, the level it stated is read from
     * the line before cleaning.
     */
    static void dropUnclosedAside(List<String> words) {
        String joined = String.join(" ", words);
        if (joined.chars().filter(c -> c == '(').count() > joined.chars().filter(c -> c == ')').count()) {
            for (int i = words.size() - 1; i > 0; i--) {
                if (words.get(i).contains("(")) {
                    words.subList(i, words.size()).clear();
                    return;
                }
            }
        }
    }

    static boolean isLinkAtEnd(String word) {
        String folded = Cues.fold(word).strip();
        return folded.isEmpty() || Cues.standard().phrases(Cues.AND_WORD).contains(folded)
                || Cues.standard().phrases(Cues.OR_WORD).contains(folded)
                || List.of("is", "are", "be", "ist", "sind", "est", "sont", "es", "son", "a", "an", "the", "to", "with", "in", "of",
                "also", "too", "mit", "ebenfalls", "auch", "egalement", "aussi", "tambien", "также", "тоже")
                .contains(folded);
    }

    static String trimPunctuation(String text) {
        String trimmed = text.strip().replaceAll("^[\\p{Punct}\\s–—«»“”„]+", "");
        trimmed = trimmed.replaceAll("[\\s,;:.!?\\-–—«»“”„]+$", "");
        if (trimmed.endsWith(")") && trimmed.indexOf('(') < 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.startsWith("(") && trimmed.indexOf(')') < 0) {
            trimmed = trimmed.substring(1);
        }
        return trimmed.strip();
    }

    static int longestCueAtStart(List<String> words, String kind) {
        int best = 0;
        for (String cue : Cues.standard().phrases(kind)) {
            String[] cueWords = cue.split(" ");
            if (cueWords.length <= words.size() && cueWords.length > best) {
                boolean hit = true;
                for (int i = 0; i < cueWords.length && hit; i++) {
                    hit = sameWord(Cues.fold(words.get(i)).strip(), cueWords[i]);
                }
                if (hit) {
                    best = cueWords.length;
                }
            }
        }
        return best;
    }

    /** A text word is a cue word; an elided "d'", "l'", "qu'" stands for "de", "le"/"la", "que". */
    static boolean sameWord(String word, String cueWord) {
        return word.equals(cueWord) || word.equals("d") && cueWord.equals("de") || word.equals("l") && (cueWord.equals("le")
                || cueWord.equals("la")) || word.equals("qu") && cueWord.equals("que");
    }

    static int longestCueAtEnd(List<String> words, String kind) {
        int best = 0;
        for (String cue : Cues.standard().phrases(kind)) {
            String[] cueWords = cue.split(" ");
            int offset = words.size() - cueWords.length;
            if (offset >= 0 && cueWords.length > best) {
                boolean hit = true;
                for (int i = 0; i < cueWords.length && hit; i++) {
                    hit = Cues.fold(words.get(offset + i)).strip().equals(cueWords[i]);
                }
                if (hit) {
                    best = cueWords.length;
                }
            }
        }
        return best;
    }

    static boolean hasWord(String text, String kind) {
        String folded = Cues.fold(text.replace("/", " / "));
        for (String word : Cues.standard().phrases(kind)) {
            if (folded.contains(" " + word + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Commas always cut; an "and" word only between parts of two words or more, or parts that name a concept. */
    static List<String> splitAnd(String segment, Lexicon lexicon, Language language) {
        List<String> parts = new ArrayList<>();
        for (String byComma : segment.split(",")) {
            List<String> words = Arrays.asList(byComma.strip().split("\\s+"));
            List<String> current = new ArrayList<>();
            int depth = 0;
            for (int i = 0; i < words.size(); i++) {
                String folded = Cues.fold(words.get(i)).strip();
                boolean and = words.get(i).equals("&")
                        || !folded.isEmpty() && !folded.contains(" ") && Cues.standard().phrases(Cues.AND_WORD).contains(folded);
                depth = Math.max(0, depth + count(words.get(i), '(') - count(words.get(i), ')'));
                if (and && depth == 0 // "Налогового кодекса (части первая и вторая)": an "and" inside brackets joins
                        && !current.isEmpty() && i < words.size() - 1 && !elliptic(current.get(current.size() - 1), words.get(i + 1))
                        && standsAlone(current, true, lexicon, language) && standsAlone(words.subList(i + 1, words.size()), false, lexicon, language)) {
                    parts.add(String.join(" ", current));
                    current = new ArrayList<>();
                } else {
                    current.add(words.get(i));
                }
            }
            if (!current.isEmpty()) {
                parts.add(String.join(" ", current));
            }
        }
        return parts.stream().filter(p -> !p.isBlank()).toList();
    }

    private static int count(String word, char c) {
        return (int) word.chars().filter(ch -> ch == c).count();
    }

    /**
     * "Energie- und Gebäudetechnik" (a German compound's part left out), "cycles 2 et 3" and "entre 1,58 y 1,90 m"
     * are one thing, not two.
     */
    static boolean elliptic(String before, String after) {
        return before.endsWith("-") || NUMBER.matcher(before).matches() && NUMBER.matcher(after).matches();
    }

    /** A number, with decimals after a point or a (protected) comma. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.\u0001]\\d+)?\\W*");

    /**
     * A part stands alone with two words or more (asides in parentheses not counted), or when it
     * names a concept. The part before "and" counts its words once its lead-in is gone: "Proven
     * ability to diagnose | and repair gas furnaces", "Experiencia en la gestión | y negociación con
     * proveedores" leave one verb or noun that shares the next part's object, not a requirement of
     * its own ("Kenntnisse in der Klinischen Chemie und | der Hämatologie" still cuts).
     */
    static boolean standsAlone(List<String> words, boolean first, Lexicon lexicon, Language language) {
        String text = String.join(" ", words);
        long outside = (first ? clean(text) : text).replaceAll("\\([^)]*\\)", " ").strip().split("\\s+").length;
        return outside >= 2 || !lexicon.find(lexicon.analysis().analyze(text, language), language).isEmpty();
    }

    /** Whether some lexicon name found in the segment is found in none of its parts. */
    static boolean breaksAName(String segment, List<String> parts, Lexicon lexicon, Language language) {
        var whole = lexicon.find(lexicon.analysis().analyze(restore(segment), language), language);
        for (var found : whole) {
            boolean kept = false;
            for (String part : parts) {
                kept |= lexicon.find(lexicon.analysis().analyze(restore(part), language), language).stream()
                        .anyMatch(f -> f.concept().id().equals(found.concept().id()));
            }
            if (!kept) {
                return true;
            }
        }
        return false;
    }

    /** A comma part that goes on a noun before it: "of", "de", "d'", "von" and the like ("quartiers de bœuf, de veau et d'agneau"). */
    static final Pattern OF_PART = Pattern.compile("(?iu)^\\s*(?:of|de|del|des|du|d['’]|von|vom|di|della|da|из|для)(?:\\s|(?<=['’]))");
    static final int OF_PART_WORDS = 4;

    /**
     * The segment with the commas before short "of" parts protected: "Désosser et parer des quartiers de bœuf, de veau et
     * d'agneau" names three cuts of one thing, not a requirement "de veau et d'agneau" of its own.
     */
    static String protectOfSeries(String segment) {
        String[] parts = segment.split(",", -1);
        if (parts.length < 2) {
            return segment;
        }
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            boolean series = OF_PART.matcher(parts[i]).find() && parts[i].strip().split("\\s+").length <= OF_PART_WORDS
                    && OF_PART.matcher(lastWords(parts[i - 1], 2)).find(); // the part before ends on "de bœuf" itself
            out.append(series ? COMMA : ',').append(parts[i]);
        }
        return out.toString();
    }

    private static String lastWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
    }

    /** The most words an item of a list of alternatives has ("ACCA", "Power BI", "Microsoft Dynamics 365"). */
    static final int ALTERNATIVE_WORDS = 3;

    /**
     * The segment with the commas of a list of alternatives protected, so that neither commas nor
     * the "and" of the rest of the segment cut it: "You are ACA, ACCA or CIMA qualified and have
     * audit experience" keeps "ACA, ACCA or CIMA qualified" together. A list is a run of comma parts
     * of at most {@value #ALTERNATIVE_WORDS} words without an "and" word, ending in a part whose words
     * before its "or" word are such an item; the first part of the run may be longer (its lead-in
     * comes before the first item) if it holds no "and" word. A part that starts with a marker
     * ("idealerweise", "ideally") is where a requirement of its own starts, so the run stops there.
     */
    static String protectAlternatives(String segment) {
        String[] parts = segment.split(",", -1);
        if (parts.length < 2) {
            return segment;
        }
        boolean[] joined = new boolean[parts.length];
        for (int i = 1; i < parts.length; i++) {
            String beforeOr = beforeOrWord(parts[i]);
            if (beforeOr == null || words(beforeOr) > ALTERNATIVE_WORDS || hasWord(beforeOr, Cues.AND_WORD) || startsWithLeadIn(parts[i])) {
                continue;
            }
            int first = i;
            while (first > 0 && !startsWithMarker(parts[first])) {
                String previous = parts[first - 1];
                if (isListItem(previous)) {
                    first--;
                    continue;
                }
                if (!hasWord(previous, Cues.AND_WORD)) {
                    first--;
                }
                break;
            }
            for (int j = first + 1; j <= i; j++) {
                joined[j] = true;
            }
        }
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append(joined[i] ? COMMA : ',').append(parts[i]);
        }
        return out.toString();
    }

    /** A part that starts with a must or nice marker ("ideally in packaging, ...") starts a requirement of its own. */
    static boolean startsWithMarker(String part) {
        List<String> words = Arrays.asList(part.strip().split("\\s+"));
        return longestCueAtStart(words, Cues.NICE_LINE) > 0 || longestCueAtStart(words, Cues.MUST_LINE) > 0;
    }

    /**
     * A part that starts with a lead-in of two words or more ("experience with Aconex or Procore",
     * "Erfahrung mit Gelenk- oder Elektrobussen") is a requirement of its own, not an item of a list; an
     * article or an adjective alone ("la fourniture industrielle ou l'agroalimentaire") is no such lead-in.
     */
    static boolean startsWithLeadIn(String part) {
        return longestCueAtStart(Arrays.asList(part.strip().split("\\s+")), Cues.LEAD_IN) >= 2;
    }

    static boolean isListItem(String part) {
        return words(part) <= ALTERNATIVE_WORDS && !hasWord(part, Cues.AND_WORD);
    }

    /** The words of a comma part before its first "or" word, or null when it has none. */
    static String beforeOrWord(String part) {
        String folded = Cues.fold(part.replace("/", " / "));
        int first = -1;
        for (String word : Cues.standard().phrases(Cues.OR_WORD)) {
            int at = folded.indexOf(" " + word + " ");
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first < 0 ? null : folded.substring(0, first);
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** French and Italian elisions (d', l', qu') are words of their own for lead-ins: "d'expérience" is "d' expérience". */
    static final Pattern ELISION = Pattern.compile("(?iu)(?<![\\p{L}])([dlnjmtsc]|qu)['’](?=\\p{L})");

    static final char COMMA = '\u0001';
    static final char SEMICOLON = '\u0002';

    static String protectParentheses(String line) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            boolean decimal = c == ',' && i > 0 && i + 1 < line.length() && Character.isDigit(line.charAt(i - 1))
                    && Character.isDigit(line.charAt(i + 1)); // "entre 1,58 y 1,90 m": a decimal comma, no list
            out.append((depth > 0 || decimal) && c == ',' ? COMMA : depth > 0 && c == ';' ? SEMICOLON : c);
        }
        return out.toString();
    }

    static String restore(String text) {
        return text.replace(COMMA, ',').replace(SEMICOLON, ';');
    }
}
