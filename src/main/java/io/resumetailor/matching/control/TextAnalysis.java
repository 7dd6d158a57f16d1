package io.resumetailor.matching.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Lucene analysis per language: Unicode word tokens, stop words, Snowball stems and
 * folding, so that "mentoring", "mentored" and "mentor" are one stem and "Erfahrung" and
 * "erfahrungen" too. English drops possessives, French elisions (l', d'), German
 * normalises umlauts and splits compounds into parts known to the lexicon; French and
 * Spanish are folded to ASCII after stemming so that "experiencia" written without accents
 * still matches. Symbols that tokenisers lose (C++, C#, .NET) are spelled out first.
 */
public final class TextAnalysis {

    static final Pattern CPP = Pattern.compile("(?i)(?<![\\p{L}\\d])c\\+\\+");
    static final Pattern CSHARP = Pattern.compile("(?i)(?<![\\p{L}\\d])c#");
    static final Pattern FSHARP = Pattern.compile("(?i)(?<![\\p{L}\\d])f#");
    static final Pattern DOTNET = Pattern.compile("(?i)(?<![\\p{L}\\d])\\.net(?![\\p{L}\\d])");
    /** "C+E", "B+E", "C1+E": a licence class and its trailer, one class ("CE"), not two letters a stop list may drop. */
    static final Pattern PLUS_CLASSES = Pattern.compile("(?<![\\p{L}\\d+])(\\p{Lu}\\d?)\\+(\\p{Lu}\\d?)(?![\\p{L}\\d+])");
    /**
     * "M&A", "P&L", "A&E", "FP&A": the tokenizer cuts at the ampersand and drops the stop word, so
     * "M&A" was the letter "m" (met by "a 5 m ladder") and "FP&A" the acronym "FP". The short
     * initials are spelled as one word ("mqqa") that meets only itself, in any case.
     */
    static final Pattern AMPERSAND_INITIALS = Pattern.compile("(?i)(?<![\\p{L}\\d&])(\\p{L}{1,3})&(\\p{L}{1,3})(?![\\p{L}\\d&])");
    static final Pattern YO = Pattern.compile("[ёЁ]");
    /** "check-in", "check-out": one word; the stop word "in" dropped, "check-in" was "check" and met "helium leak checking". */
    static final Pattern CHECK_IN = Pattern.compile("(?i)(?<![\\p{L}\\d])(check)-(in|out)(?![\\p{L}\\d])");
    /**
     * French words joined by a hyphen whose halves mean something else alone: "après-vente" (after-sales) is no sale
     * ("vente"), "sage-femme" (midwife) no accounting software ("Sage"). One word each, singular.
     */
    static final Pattern FRENCH_JOINED = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:(apr[èe]s)-(vente)s?|(sage)s?-(femme)s?)(?![\\p{L}\\d])");
    /**
     * The classes a French licence is written with ("permis C", "permis B, C et D", "permis catégorie D"): French drops
     * "c" and "d" as stop words (the elided "c'" and "d'"), so "permis C" was "permis" alone and a resume's "Permis B"
     * met it. The list after "permis" is found here and its lone C and D spelled as words that stay ("classec"); a class
     * further down the list is spelled with the licence ("permis classed"), so that "permis C ou D" names both.
     * A civil servant's "catégorie C" without "permis" is a grade, not a licence.
     */
    static final Pattern FRENCH_LICENCE_CLASSES = Pattern.compile("(?iu)(?<![\\p{L}])permis"
            + "(?:\\s+de\\s+conduire)?(?:\\s+poids\\s+lourds?)?(?:\\s+(?:cat[ée]gories?|classes?))?\\s*:?\\s*"
            + "((?-i:\\(?\\p{Lu}{1,2}\\d?\\)?)(?:\\s*(?:,|/|-|et|ou|\\+)\\s*(?-i:\\(?\\p{Lu}{1,2}\\d?\\)?))*)(?![\\p{L}\\d'’])");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final Pattern FRENCH_CLASS_LETTER = Pattern.compile("(?<![\\p{L}\\d])([CD])(?![\\p{L}\\d'’])");
    /**
     * French inclusive writing: the feminine ending in brackets or after a middle dot ("doté(e)", "Rigoureux(se)",
     * "interlocuteur(trice)", "salarié·e·s"). Read as a letter of its own, "(e) d'un" spelled the initials "ED".
     */
    static final Pattern INCLUSIVE_ENDING = Pattern.compile("(?iu)(?<=\\p{L})(?:\\((?:e|es|s|se|ne|nne|le|te|trice|rice|ère|euse|ive|ve|x)\\)"
            + "|·(?:e|es|s|trice|rice|ère|euse|ive)(?:·s)?)(?![\\p{L}])");

    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
    private final CharArraySet germanParts;
    /** "Linien- oder Reisebusverkehr", "Kranken- und Altenpflege": a German word that shares the head of the next one. */
    static final Pattern ELLIPTICAL = Pattern.compile("(?u)(?<![\\p{L}-])(\\p{L}{2,})-(?=\\s*(?:,|und|oder|bzw\\.?|sowie|&|/)\\s+(\\p{L}{5,}))");

    /** @param germanParts the words a German compound may be split into (lower case) */
    public TextAnalysis(Collection<String> germanParts) {
        CharArraySet parts = new CharArraySet(germanParts, true);
        this.germanParts = parts;
        analyzers.put(Language.EN, analyzer(source -> new SnowballFilter(
                new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
                new EnglishStemmer())));
        analyzers.put(Language.DE, analyzer(source -> new SnowballFilter(new GermanNormalizationFilter(
                new DictionaryCompoundWordTokenFilter(new StopFilter(new LowerCaseFilter(source), GermanAnalyzer.getDefaultStopSet()),
                        parts, 8, 4, 20, false)), new GermanStemmer())));
        analyzers.put(Language.FR, analyzer(source -> new ASCIIFoldingFilter(new SnowballFilter(new StopFilter(
                new LowerCaseFilter(new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES)), FrenchAnalyzer.getDefaultStopSet()),
                new FrenchStemmer()))));
        analyzers.put(Language.ES, analyzer(source -> new ASCIIFoldingFilter(new SnowballFilter(
                new StopFilter(new LowerCaseFilter(source), SpanishAnalyzer.getDefaultStopSet()), new SpanishStemmer()))));
        analyzers.put(Language.RU, analyzer(source -> new FleetingVowel(new SnowballFilter(
                new StopFilter(new LowerCaseFilter(source), RussianAnalyzer.getDefaultStopSet()), new RussianStemmer()))));
    }

    /** The stems of {@code text} read as {@code language}. */
    public AnalyzedText analyze(String text, Language language) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Boolean> capitals = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            String prepared = language == Language.DE ? sharedHeads(spellSymbols(text))
                    : language == Language.FR ? frenchLicenceClasses(spellSymbols(text)) : spellSymbols(text);
            boolean shouting = mostlyCapitals(prepared);
            String input = shouting ? prepared.toLowerCase() : prepared;
            try (TokenStream stream = analyzers.get(language).tokenStream("text", input)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                int position = -1;
                while (stream.incrementToken()) {
                    boolean part = increment.getPositionIncrement() == 0 && position >= 0;
                    position += increment.getPositionIncrement();
                    if (term.length() > 0) {
                        terms.add(term.toString());
                        positions.add(Math.max(position, 0));
                        words.add(part ? "" : input.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
                        capitals.add(shouting || (part && !capitals.isEmpty() ? capitals.get(capitals.size() - 1)
                                : offset.startOffset() < input.length() && Character.isUpperCase(input.charAt(offset.startOffset()))));
                    }
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        boolean[] capitalised = new boolean[capitals.size()];
        for (int i = 0; i < capitalised.length; i++) {
            capitalised[i] = capitals.get(i);
        }
        return new AnalyzedText(List.copyOf(terms), positions.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(words), capitalised);
    }

    /**
     * "Linien- oder Reisebusverkehr" is "Linienverkehr oder Reisebusverkehr": the first word takes the
     * longest known head the second ends with (a word of the lexicon or the compound parts), so that
     * a resume's "Linienverkehr" meets it. Without a known head the text stays as it is.
     */
    String sharedHeads(String text) {
        Matcher m = ELLIPTICAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String second = m.group(2).toLowerCase(Locale.ROOT);
            String head = null;
            for (int cut = 3; cut <= second.length() - 4 && head == null; cut++) {
                if (germanParts.contains(second.substring(cut))) { // a head of four letters or more
                    head = second.substring(cut);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(head == null ? m.group() : m.group(1) + head));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String frenchLicenceClasses(String text) {
        Matcher m = FRENCH_LICENCE_CLASSES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String classes = FRENCH_CLASS_LETTER.matcher(m.group(1)).replaceAll(letter -> (LETTER.matcher(m.group(1).substring(0, letter.start())).find() ? "permis " : "")
                    + "classe" + letter.group(1).toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(text.substring(m.start(), m.start(1)) + classes));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Symbols spelled as words the analyzers keep. Every text of a resume passes here on every score, so a pattern runs
     * only on a text that holds the character it needs; the spelled words hold none of them.
     */
    static String spellSymbols(String text) {
        String spelled = text;
        if (text.indexOf('+') >= 0) {
            spelled = CPP.matcher(spelled).replaceAll(" cplusplus ");
        }
        if (text.indexOf('#') >= 0) {
            spelled = CSHARP.matcher(spelled).replaceAll(" csharp ");
            spelled = FSHARP.matcher(spelled).replaceAll(" fsharp ");
        }
        if (text.indexOf('.') >= 0) {
            spelled = DOTNET.matcher(spelled).replaceAll(" dotnet ");
        }
        if (text.indexOf('&') >= 0) {
            spelled = AMPERSAND_INITIALS.matcher(spelled).replaceAll("$1qq$2");
        }
        if (text.indexOf('+') >= 0) {
            spelled = PLUS_CLASSES.matcher(spelled).replaceAll("$1$2");
        }
        if (text.indexOf('-') >= 0) {
            spelled = CHECK_IN.matcher(spelled).replaceAll("$1$2");
            spelled = FRENCH_JOINED.matcher(spelled).replaceAll(m -> m.group(1) != null ? m.group(1) + m.group(2) : m.group(3) + m.group(4));
        }
        if (text.indexOf('(') >= 0 || text.indexOf('·') >= 0) {
            spelled = INCLUSIVE_ENDING.matcher(spelled).replaceAll("");
        }
        return text.indexOf('ё') >= 0 || text.indexOf('Ё') >= 0 ? YO.matcher(spelled).replaceAll("е") : spelled;
    }

    /** A line in capitals is a heading, not a row of acronyms. */
    static boolean mostlyCapitals(String text) {
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            }
        }
        return letters >= 12 && capitals * 10 > letters * 6;
    }

    private interface Chain {
        TokenStream after(TokenStream source);
    }

    private static Analyzer analyzer(Chain chain) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new DropNumbers(chain.after(new AcronymMarker(source))));
            }
        };
    }

    /** Marks capitalised tokens of 2 to 6 letters (ICU, ALS, HGV) as acronyms: kept apart from words, never stemmed. */
    static final class AcronymMarker extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        AcronymMarker(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            Matcher plural = ACRONYM_PLURAL.matcher(term);
            boolean inflected = plural.matches() && isAcronym(plural.group(1));
            if (isAcronym(term) || inflected) {
                String marked = "_" + (inflected ? plural.group(1) : term.toString()).toLowerCase();
                term.setEmpty().append(marked);
                keyword.setKeyword(true);
            }
            return true;
        }

        /** "SOPs", "EHRs", "PLC's": an acronym's plural or possessive, the acronym itself. */
        private static final Pattern ACRONYM_PLURAL = Pattern.compile("(\\p{Lu}{2}[\\p{Lu}\\d]{0,4})(?:['’]s|s)"); // not "K8s"

        static boolean isAcronym(CharSequence token) {
            int length = token.length();
            if (length < 2 || length > 6 || !Character.isUpperCase(token.charAt(0))) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                char c = token.charAt(i);
                if (!(Character.isUpperCase(c) || (i > 0 && Character.isDigit(c)))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Russian drops a vowel before the last consonant in some forms: "закупок" (of purchases) and
     * "закупки", "стрижек" and "стрижки", "рынок" and "рынка", "продавец" and "продавца". Snowball
     * leaves the vowel in one stem and not the other; this takes it out of every stem of five
     * letters or more ending so, so that all forms of the word meet. Shorter stems ("урок", "чек")
     * are left alone: there the vowel is most of the word.
     */
    static final class FleetingVowel extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        FleetingVowel(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int length = term.length();
            if (!keyword.isKeyword() && length >= 5 && (term.charAt(length - 1) == 'к' || term.charAt(length - 1) == 'ц')
                    && "оеё".indexOf(term.charAt(length - 2)) >= 0 && CONSONANTS.indexOf(term.charAt(length - 3)) >= 0) {
                char last = term.charAt(length - 1);
                term.setLength(length - 2);
                term.append(last);
            }
            return true;
        }

        private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";
    }

    /** Bare numbers are not words to match on ("3 years" is read elsewhere). */
    static final class DropNumbers extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        DropNumbers(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean accept() {
            for (int i = 0; i < term.length(); i++) {
                if (!Character.isDigit(term.charAt(i)) && term.charAt(i) != '.' && term.charAt(i) != ',') {
                    return true;
                }
            }
            return false;
        }
    }
}
