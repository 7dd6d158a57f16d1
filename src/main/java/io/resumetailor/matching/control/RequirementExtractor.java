package io.resumetailor.matching.control;

import io.resumetailor.matching.entity.Requirement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * The requirements of a vacancy, as phrases. Lines under requirement headings are
 * must-haves, under nice-to-have headings nice-to-haves (a line's own marker, "is a plus"
 * or "essential", overrides its part); task lines and lines before any heading count only
 * when they say they require something or name a number of years the employer does not claim for itself; noise parts (about us,
 * benefits, salary, address, equal opportunity, how to apply) and noise lines never count.
 * Each line is cut into phrases by the {@link PhraseGrammar}; a phrase keeps its "N years" and, for a language, the level a stripped lead-in stated ("gute Englischkenntnisse": "Englischkenntnisse (B2)"),
 * the lexicon concept it names and its kind. The company's own name is never a requirement:
 * its words are taken out of every phrase. Acronyms defined in the text ("Intensive Care
 * Unit (ICU)") stay with their long form, so either counts as evidence.
 */
public final class RequirementExtractor {

    static final int LONG_PHRASE = 9;
    static final String OCCUPATION = "occupation";
    /** Where "N years" stood, so that the years go with the phrase they were written in. */
    static final String YEARS_MARK = "\u0003";
    /**
     * The words that only qualified the number of years, on either side of it: without them
     * "at least three years of post-qualification experience" read "at least of
     * post-qualification experience" once the years went to their own field. The word that linked the
     * noun to the number goes too ("Experiencia mínima de 2 años en X", "Berufserfahrung von 3 Jahren in X").
     */
    static final Pattern BEFORE_YEARS = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:of|von|de|d['’]|du))?\\s*"
            + "(?:(?<![\\p{L}])(?:at least|a minimum of|minimum of|minimum|min\\.|more than|over"
            + "|mindestens|wenigstens|mehr als|über|au moins|plus de|minimum de|al menos|como mínimo|mínimo|mínima|más de|не менее|более|минимум|от))?"
            + "\\s*(?:(?<![\\p{L}])(?:of|von|de|d['’]))?\\s*$");
    static final Pattern AFTER_YEARS = Pattern.compile("(?iu)^\\s*(?:(?:of|de)(?![\\p{L}])|d['’])\\s*");
    /** A spaced dash starts a remark on the requirement ("ALS certification – must be current on appointment"). */
    static final Pattern COMMENT = Pattern.compile("\\s[–—-]\\s");
    /** "when required", "as required": no requirement marker. */
    static final Pattern AS_NEEDED = Pattern.compile(
            "(?iu)\\b(?:when|as|if|where|wenn|falls|si|cuando|según|при)\\s+(?:required|needed|necessary|erforderlich|nötig|notwendig|nécessaire|requis|necesario|необходимости)\\b");
    /** An amount of money: salaries and bonuses are never requirements. */
    static final Pattern MONEY = Pattern.compile(
            "[$€£₽]\\s?\\d|\\d[\\d.,\\s]*(?:€|£|\\$|₽|руб|eur\\b|usd\\b|gbp\\b)", Pattern.CASE_INSENSITIVE);

    /** An e-mail address, or a run of digits, spaces, dots, dashes and brackets that may hold a phone number. */
    static final Pattern CONTACT = Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]+\\.[\\w.-]+|(?<![\\w.-])\\+?\\(?\\d[\\d\\s().-]{7,}\\d");
    /**
     * A postal address: a state and its postcode ("South Townsville QLD 4810", "Austin, TX 78701"), a British postcode
     * ("SW1A 1AA"), a five-digit postcode before its town at the start of the line or after a comma ("10115 Berlin",
     * "Rue de la Paix, 75002 Paris"), a street and its number ("Hauptstraße 5", "12 rue de Rivoli", "Calle Mayor 3",
     * "ул. Ленина, 10") or a Russian six-digit index opening the line. Standards ("ISO 9001", "EN 50110") are none.
     */
    static final Pattern POSTAL_ADDRESS = Pattern.compile("(?u)(?<![\\p{L}\\d])(?:(?:NSW|QLD|VIC|TAS|ACT|WA|NT)\\s+\\d{4}"
            + "|(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|"
            + "SC|SD|TN|TX|UT|VT|VA|WV|WI|WY)\\s+\\d{5}(?:-\\d{4})?"
            + "|[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})(?![\\p{L}\\d])"
            + "|(?:^|,\\s*)(?:[A-Z]-)?\\d{5}\\s+\\p{Lu}[\\p{Ll}-]+(?:\\s*(?:,|$|\\())"
            + "|\\p{L}+(?:straße|strasse|str\\.|weg|allee|platz|gasse)\\s+\\d{1,4}[a-z]?(?![\\p{L}\\d])"
            + "|(?<![\\p{L}])(?i:rue|avenue|boulevard|chemin|calle|avenida|plaza|paseo|carrer|ул\\.|улица|проспект|пр-т)\\s+"
            + "(?:(?:de|del|la|le|des|du|l['’])\\s*)*\\p{Lu}[\\p{L}\\d .,'’-]{0,30}?\\d{1,4}[a-z]?(?![\\p{L}\\d])"
            + "|(?<![\\p{L}\\d])\\d{1,4}\\s+(?:\\p{Lu}\\p{L}+\\s+){1,3}(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Drive)(?![\\p{L}])"
            + "|(?<![\\p{L}\\d])\\d{1,4}(?:\\s?bis)?,?\\s+(?i:rue|avenue|boulevard|chemin|allée|impasse|quai|place)\\s"
            + "|^\\d{6},");

    /** A word that labels a phone number ("Tel.", "Telefon", "phone", "Tél.", "teléfono", "тел."), just before it. */
    static final Pattern PHONE_LABEL = Pattern.compile("(?iu)(?:tel|telefon|phone|mobile|mobil|handy|tél|téléphone|portable|teléfono|"
            + "telefono|móvil|movil|celular|тел|телефон|моб)\\.?\\s*[:.]?\\s*$");

    /**
     * Whether a line gives a way to reach the employer ("Renseignements : M. Belaïd, 02 54 55 61 40", "jobs@acme.example"):
     * contact details are never a requirement, whatever part of the posting they stand in. A phone number has nine digits
     * or more and is written as one: after "+", a bracket or a trunk 0 with at least three groups, or after a phone label.
     * Numbers of standards ("ГОСТ Р 55724-2013", "СП 256.1325800") and year ranges are none.
     */
    static boolean contact(String text) {
        if (POSTAL_ADDRESS.matcher(text).find()) {
            return true;
        }
        Matcher found = CONTACT.matcher(text);
        while (found.find()) {
            String run = found.group().strip();
            if (run.contains("@")) {
                return true;
            }
            boolean long9 = run.chars().filter(Character::isDigit).count() >= 9;
            boolean written = run.startsWith("+") || run.startsWith("(") || run.startsWith("0") && run.split("[\\s.-]+").length >= 3
                    || PHONE_LABEL.matcher(text.substring(Math.max(0, found.start() - 15), found.start())).find();
            if (long9 && written) {
                return true;
            }
        }
        return false;
    }

    private final Lexicon lexicon;

    public RequirementExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static RequirementExtractor standard() {
        return new RequirementExtractor(Lexicon.standard());
    }

    /**
     * The requirements of a vacancy; {@code company} and {@code position} are its separate fields
     * (position may be null). The occupation the job title names ({@link JobTitle}) is a must-have
     * of its own, last in the list: the vacancy asks for it without writing it among its requirements.
     */
    public List<Requirement> extract(String company, String position, String description) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        Language language = LanguageDetection.detect(description, Language.EN);
        Set<String> companyWords = companyWords(company);
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Set<String> bareYears = new HashSet<>(); // years of nothing in particular: the board's field of the experience asked
        for (ReadLine read : read(VacancyLayout.lines(description), Cues.standard(), companyWords)) {
            if (read.must() == null) {
                continue;
            }
            boolean niceByMarker = !read.must() && read.line().part() != VacancyPart.NICE;
            String text = read.line().part() == VacancyPart.TASKS ? askedClauses(read.line().text(), Cues.standard()) : read.line().text();
            for (Draft draft : phrases(text, read.must(), niceByMarker, language, companyWords)) {
                drafts.merge(draft.key(), draft, Draft::merge);
                if (draft.years() != null && draft.concept() == null && draft.text().equals(PhraseGrammar.trimPunctuation(text))) {
                    bareYears.add(draft.key());
                }
            }
        }
        if (drafts.entrySet().stream().anyMatch(d -> d.getValue().years() != null && !bareYears.contains(d.getKey()))) {
            drafts.keySet().removeAll(bareYears); // "Требуемый опыт работы: 1–3 года" in the board's header, "от 1 года на газовой котельной" below
        }
        List<Requirement> requirements = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            requirements.add(new Requirement("r" + (requirements.size() + 1), draft.text(), draft.must(), draft.kind(),
                    draft.years(), draft.concept(), Requirement.EXTRACTED));
        }
        String occupation = JobTitle.occupation(position);
        if (occupation != null) {
            requirements.add(new Requirement("r" + (requirements.size() + 1), occupation, true, OCCUPATION, null, null,
                    Requirement.EXTRACTED));
        }
        return requirements;
    }

    /**
     * A requirement its owner wrote: its kind and lexicon concept are read from its text like
     * an extracted one's, in the language of the vacancy's {@code description}.
     */
    public Requirement userRequirement(String id, String text, boolean mustHave, Integer years, String description) {
        return userRequirement(id, text, mustHave, years, LanguageDetection.detect(description == null ? text : description, Language.EN));
    }

    /** As {@link #userRequirement(String, String, boolean, Integer, String)}, in the vacancy's language already detected. */
    Requirement userRequirement(String id, String text, boolean mustHave, Integer years, Language language) {
        AnalyzedText analyzed = lexicon.analysis().analyze(text, language);
        List<Lexicon.Found> concepts = lexicon.find(analyzed, language);
        String kind = years != null ? "experience" : kind(text, concepts, analyzed, language);
        return new Requirement(id, text.strip(), mustHave, kind, years, concepts.isEmpty() ? null : concepts.get(0).concept().id(),
                Requirement.USER);
    }

    /** A line of a posting with what {@link #mustHave} makes of it: must-have, nice-to-have or no requirement line (null). */
    record ReadLine(VacancyLine line, Boolean must) {
    }

    /**
     * The posting's lines, each with what {@link #mustHave} makes of it, read in order: a line after
     * the first requirement line or part is read as part of the posting's outro.
     */
    static List<ReadLine> read(List<VacancyLine> lines, Cues cues) {
        return read(lines, cues, Set.of());
    }

    /** A task and what it asks, apart: " – ", " — ", " - " or "; " between them. */
    private static final Pattern TASK_CLAUSE = Pattern.compile("\\s[–—-]\\s|;\\s");

    /**
     * Of a task line that names what the task asks behind a dash or a semicolon ("Montage von Fenstern beim Kunden –
     * dafür brauchen Sie eine abgeschlossene Ausbildung als Glaser", "Verglasung von Fassaden; das sichere Lesen von
     * Plänen setzen wir voraus"), the clauses from the first one that carries a marker of a must-have, a nice-to-have
     * or years of experience on: the task itself is no requirement. A line whose first clause carries the marker stays whole.
     * A marker clause that names nothing of its own refers back to the task, which is then what is asked ("Korrektur von
     * Fehlstellungen bei Fohlen – Erfahrung damit ist von Vorteil", "Klebebeschläge – wenn Sie hier schon Erfahrung haben,
     * umso besser").
     */
    static String askedClauses(String text, Cues cues) {
        String[] clauses = TASK_CLAUSE.split(text);
        if (clauses.length < 2 || asks(clauses[0], cues)) {
            return text;
        }
        for (int i = 1; i < clauses.length; i++) {
            if (asks(clauses[i], cues)) {
                boolean backToTask = onlyMarks(clauses[i], cues);
                return String.join("; ", Arrays.asList(clauses).subList(backToTask ? 0 : i, backToTask ? i : clauses.length));
            }
        }
        return text;
    }

    /** Words that point back at what was said before ("damit", "hier", "in this") or at having it already: no content of their own. */
    static final Set<String> BACK_REFERENCES = Set.of("damit", "hier", "dabei", "darin", "davon", "darauf", "dafur", "this", "it",
            "that", "there", "cela", "ca", "la", "y", "en", "ello", "esto", "eso", "ahi", "этим", "этом", "это", "здесь", "тут",
            "schon", "bereits", "already", "deja", "ya", "уже");

    /** Whether a clause says nothing but that something is asked: markers, experience words, stop words, back-references. */
    static boolean onlyMarks(String clause, Cues cues) {
        String folded = Cues.fold(clause);
        for (String kind : List.of(Cues.MUST_LINE, Cues.NICE_LINE, Cues.LEAD_IN, Cues.EXPERIENCE_WORD)) {
            for (String phrase : cues.phrases(kind)) {
                folded = folded.replace(" " + phrase + " ", " ");
            }
        }
        return Arrays.stream(folded.strip().split(" "))
                .allMatch(word -> word.isEmpty() || Lexicon.isCommonWord(word) || BACK_REFERENCES.contains(word));
    }

    private static boolean asks(String clause, Cues cues) {
        return cues.in(Cues.MUST_LINE, clause) || cues.in(Cues.NICE_LINE, clause)
                || YearsOfExperience.find(clause) != null && cues.in(Cues.EXPERIENCE_WORD, clause);
    }

    /** As {@link #read(List, Cues)}, knowing the words of the company's name ({@link #companyWords}): a line that names it speaks of the employer. */
    static List<ReadLine> read(List<VacancyLine> lines, Cues cues, Set<String> companyWords) {
        boolean sectioned = lines.stream().anyMatch(line -> line.part() != VacancyPart.NONE);
        boolean[] offered = offerLists(lines, cues);
        boolean outro = false;
        List<ReadLine> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            VacancyLine line = lines.get(i);
            Boolean must = offered[i] ? null : mustHave(line, sectioned, outro, cues, companyWords);
            outro |= must != null || line.part() == VacancyPart.MUST || line.part() == VacancyPart.NICE;
            read.add(new ReadLine(line, must));
        }
        return read;
    }

    /**
     * Which lines stand in a list of what the employer offers whatever its heading says: a list of two or more
     * bullets ({@link VacancyLine#list}) most of which name a benefit or an amount of money ("30 Tage Urlaub", "Mutuelle
     * d'entreprise", "Contrato indefinido", "Бесплатное питание"). A heading the layout does not know, or one it
     * misreads, then still leaves the benefits out; a requirement list that mentions one benefit stays a requirement list.
     */
    static boolean[] offerLists(List<VacancyLine> lines, Cues cues) {
        boolean[] offered = new boolean[lines.size()];
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && lines.get(end).bullet() && lines.get(end).list() == lines.get(start).list()) {
                end++;
            }
            if (end == start) {
                start++;
                continue;
            }
            int benefits = 0;
            for (int i = start; i < end; i++) {
                String text = lines.get(i).text();
                benefits += MONEY.matcher(text).find() || cues.in(Cues.NOISE_LINE, text) ? 1 : 0;
            }
            if (end - start >= 2 && benefits * 2 > end - start) {
                Arrays.fill(offered, start, end, true);
            }
            start = end;
        }
        return offered;
    }

    /**
     * An aside of four words or more is a wish of its own: "CAP Pâtissier (un BP, un BTM ou une MC
     * Pâtisserie est apprécié)" asks for the CAP, and only the higher diplomas would be a plus. A
     * shorter one marks the line: "Excel (von Vorteil)".
     */
    static final Pattern WISH_ASIDE = Pattern.compile("\\((?:[^()\\s]+\\s+){3,}[^()]*\\)");

    /**
     * Must-have (true), nice-to-have (false) or no requirement line at all (null). A task line or a
     * line after the first requirement line or part ({@code outro}) that says it would be a plus ("Von Vorteil sind ...",
     * "It would be great if you also bring ...", "Se valorará ...") is a nice-to-have line in a posting with
     * headings too; not a line of the introduction, where "plus" says "more" ("Plus de 180 ventes").
     */
    static Boolean mustHave(VacancyLine line, boolean sectioned, boolean outro, Cues cues) {
        return mustHave(line, sectioned, outro, cues, Set.of());
    }

    /**
     * A bullet under a heading that joins the profile and the offer ("Was Sie mitbringen – und was Sie bei uns bekommen",
     * "(and what we'll bring back)") that opens in the employer's voice: "We'll bring a $1.50/hr shift differential",
     * "Dafür: faire Bezahlung, …".
     */
    static final Pattern EMPLOYER_OFFER = Pattern.compile("(?iu)^(?:we(?:'|’)ll|we\\s+will|we\\s+offer|we\\s+provide|dafür|"
            + "wir\\s+bieten|nous\\s+offrons|ofrecemos|мы\\s+предлагаем)(?![\\p{L}])");

    static boolean employerOffer(String text) {
        return EMPLOYER_OFFER.matcher(text.strip()).find();
    }

    private static final Pattern SENTENCE = Pattern.compile("[.!?]\\s*$");

    /** "Disponibilidad de viajar: No", "Reisebereitschaft: nein": a form field of the posting answered no asks for nothing. */
    static final Pattern ANSWERED_NO = Pattern.compile("(?iu):\\s*(?:no|non|nein|нет|none|ninguna|ninguno|aucune?|keine)\\s*\\.?$");

    static Boolean mustHave(VacancyLine line, boolean sectioned, boolean outro, Cues cues, Set<String> companyWords) {
        String text = withoutExplanation(withoutEmployerAsides(AS_NEEDED.matcher(line.text()).replaceAll(" ")));
        boolean niceMarker = cues.in(Cues.NICE_LINE, WISH_ASIDE.matcher(text).replaceAll(" "));
        boolean mustMarker = cues.in(Cues.MUST_LINE, text);
        boolean years = YearsOfExperience.find(text) != null && cues.in(Cues.EXPERIENCE_WORD, text)
                && !employersOwn(text, cues, companyWords);
        boolean reach = contact(line.text());
        boolean money = MONEY.matcher(text).find();
        boolean noise = money || cues.in(Cues.NOISE_LINE, text) || reach;
        if (cues.in(Cues.NOT_REQUIRED, text) && !line.text().contains(",") || ANSWERED_NO.matcher(line.text()).find()) {
            return null;
        }
        return switch (line.part()) {
            case NOISE -> null;
            // "Votre espagnol courant est indispensable pour échanger avec nos clients.": in a sentence, a marker of a must-have
            // outweighs the mention of the employer's clients that makes a line of the introduction noise (not in a row of
            // the board's fields, "minimum 3 ans · Secteur d'activité du poste : …")
            case MUST -> reach || noise && !line.bullet() && (money || !mustMarker || !SENTENCE.matcher(line.text()).find())
                    || line.bullet() && employerOffer(line.text()) ? null : !niceMarker;
            case NICE -> reach || noise && !line.bullet() ? null : false;
            case TASKS, NONE -> {
                if (noise) {
                    yield null;
                }
                if (niceMarker && (!sectioned || outro || line.part() == VacancyPart.TASKS)) {
                    yield false;
                }
                if (mustMarker || years || (!sectioned && line.bullet())) {
                    yield !niceMarker;
                }
                yield null;
            }
        };
    }

    /**
     * Whether a line speaks of the employer alone ("Somos una agencia receptiva con 12 años de experiencia", "Seit über
     * 30 Jahren Erfahrung planen wir Gärten"): its years are the employer's, not asked of the candidate. A line that also
     * addresses or seeks the candidate ("we are looking for", "у вас") is not. The company's name is the employer too.
     */
    static boolean employersOwn(String text, Cues cues, Set<String> companyWords) {
        return (cues.in(Cues.EMPLOYER_VOICE, text) || namesCompany(text, companyWords)) && !cues.in(Cues.CANDIDATE_VOICE, text);
    }

    /** Whether the text names the company as a name is written: its first word, capitalised. */
    static boolean namesCompany(String text, Set<String> companyWords) {
        if (companyWords.isEmpty()) {
            return false;
        }
        String distinctive = companyWords.iterator().next();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && Cues.fold(word).strip().equals(distinctive)) {
                return true;
            }
        }
        return false;
    }

    /**
     * France Travail's form sets a marker after each item, behind a dash: "Connaître les races à viande et les signes de
     * qualité (Label Rouge, AOP) - Souhaité". It speaks of the whole item, not of its last part.
     */
    static final Pattern WHOLE_LINE_MARKER = Pattern.compile("(?iu)\\s[-–—]\\s*(?:souhaitée?s?|appréciée?s?|facultati(?:f|ve)|"
            + "deseable|valorable|wünschenswert|optional|desirable|preferred|желательно)\\s*\\.?\\s*$");

    /**
     * The requirement phrases of one line. When only a nice-to-have marker made the line
     * nice-to-have and the line holds several phrases, the marker belongs to the phrase that
     * carries it ("3 years of X, ideally in Y": X stays a must-have).
     */
    List<Draft> phrases(String line, boolean lineMust, boolean niceByMarker, Language language, Set<String> companyWords) {
        List<Draft> drafts = new ArrayList<>();
        YearsOfExperience.Found years = YearsOfExperience.find(line);
        String rest = years == null ? line : BEFORE_YEARS.matcher(line.substring(0, years.start())).replaceFirst("") + " " + YEARS_MARK
                + " " + AFTER_YEARS.matcher(line.substring(years.end())).replaceFirst("");
        rest = withoutComment(rest);
        rest = withoutEmployerAsides(rest);
        rest = withoutExplanation(rest);
        rest = LANGUAGE_MODE.matcher(rest).replaceAll(" ");
        List<String> conjuncts = PhraseGrammar.conjuncts(rest, lexicon, language);
        Cues cues = Cues.standard();
        boolean split = conjuncts.size() > 1;
        boolean niceOpener = !conjuncts.isEmpty() && (opensWithNiceMarker(conjuncts.get(0)) || WHOLE_LINE_MARKER.matcher(line).find());
        for (int i = 0; i < conjuncts.size(); i++) {
            boolean must = split && niceByMarker && !niceOpener ? !cues.in(Cues.NICE_LINE, conjuncts.get(i)) : lineMust;
            boolean yearsHere = conjuncts.get(i).contains(YEARS_MARK);
            String phrase = withoutCompany(PhraseGrammar.withoutAddressedVerb(PhraseGrammar.clean(conjuncts.get(i).replace(YEARS_MARK, " ")),
                    line, language, lexicon), companyWords);
            if (phrase.isEmpty() || cues.in(Cues.EMPLOYMENT_CHECK, phrase)) {
                continue;
            }
            AnalyzedText analyzed = lexicon.analysis().analyze(phrase, language);
            List<Lexicon.Found> concepts = lexicon.find(analyzed, language);
            long content = analyzed.terms().stream().filter(stem -> !lexicon.isFiller(stem, language)).count();
            Integer phraseYears = years != null && yearsHere ? years.years() : null;
            if (language == Language.DE && concepts.isEmpty() && phraseYears == null && !namesSomething(phrase)) {
                continue; // "wer diese noch nicht mitbringt", "wird leider nicht berücksichtigt": a German clause without a noun asks nothing
            }
            if (content == 0 && concepts.isEmpty()) {
                if (phraseYears != null) {
                    drafts.add(new Draft(PhraseGrammar.trimPunctuation(line), must, "experience", phraseYears, null, false));
                }
                continue;
            }
            if (phrase.split("\\s+").length > LONG_PHRASE && !concepts.isEmpty() && !shortAlternatives(phrase)) {
                if (phraseYears != null) { // "от 1 года диспетчером (оператором) в дежурно-диспетчерских службах, колл-центре …"
                    String head = PhraseGrammar.trimPunctuation(phrase.split("\\s*[,;]\\s*", 2)[0]);
                    if (head.split("\\s+").length <= LONG_PHRASE) {
                        AnalyzedText headText = lexicon.analysis().analyze(head, language);
                        List<Lexicon.Found> named = lexicon.find(headText, language);
                        drafts.add(new Draft(head, must, "experience", phraseYears, named.isEmpty() ? null : named.get(0).concept().id(),
                                false));
                    }
                }
                Map<String, Integer> levels = languageLevels(phrase, language);
                for (Lexicon.Found found : concepts) {
                    String name = name(found.concept(), language);
                    Integer level = levels.get(found.concept().id());
                    drafts.add(new Draft(level == null ? name : name + " " + LanguageLevel.code(level), must, found.concept().kind(), null,
                            found.concept().id(), false));
                }
                continue;
            }
            String concept = concepts.isEmpty() ? null : concepts.get(0).concept().id();
            int level = LanguageLevel.asked(conjuncts.get(i));
            if (level > 0 && concept != null && LanguageLevel.asked(phrase) == 0 && "language".equals(concepts.get(0).concept().kind())) {
                phrase = phrase + " (" + LanguageLevel.code(level) + ")";
            }
            String kind = phraseYears != null ? "experience" : kind(phrase, concepts, analyzed, language);
            boolean ownKey = !concepts.isEmpty() && (lexicon.isSpecificName(concepts.get(0), language)
                    || !"language".equals(concepts.get(0).concept().kind()) && saysMore(analyzed, concepts.get(0), language));
            drafts.add(new Draft(phrase, must, kind, phraseYears, concept, ownKey));
        }
        return drafts;
    }

    /**
     * Whether a German phrase names something: a noun (a capitalised word after the first, or a first word that is no
     * function word), a number or an acronym. German writes every noun with a capital.
     */
    static boolean namesSomething(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replaceAll("^[^\\p{L}\\d]+", "");
            if (word.isEmpty()) {
                continue;
            }
            boolean capital = Character.isUpperCase(word.codePointAt(0));
            if (word.chars().anyMatch(Character::isDigit) || capital && (i > 0 || !GermanAnalyzer.getDefaultStopSet().contains(word.toLowerCase(Locale.ROOT))
                    && !Cues.standard().isFiller(Cues.fold(word).strip()))) {
                return true;
            }
        }
        return false;
    }

    /** The most words of each alternative, and of all, in a list of short alternatives that is one requirement. */
    static final int ALTERNATIVE_WORDS = 5;
    static final int ALTERNATIVES_WORDS = 2 * LONG_PHRASE;

    /**
     * Whether a long phrase is a list of short alternatives ("Titulaire d'un BUT / DUT Mesures physiques ou d'un BTS
     * Environnement nucléaire"), one requirement that names each of them: read as the names of its concepts it was "CAP"
     * and "environnement". Not a list with commas or asides ("DipHE, Foundation Degree or BSc (Hons) in Paramedic Science"):
     * there the names of its concepts are the better reading.
     */
    static boolean shortAlternatives(String phrase) {
        String[] items = RequirementForms.OR_SPLIT.split(phrase.strip());
        return items.length >= 2 && !phrase.contains(",") && !phrase.contains("(") && phrase.strip().split("\\s+").length <= ALTERNATIVES_WORDS
                && Arrays.stream(items).allMatch(item -> !item.isBlank() && item.strip().split("\\s+").length <= ALTERNATIVE_WORDS);
    }

    /**
     * Whether a line opens with what would be a plus ("Von Vorteil sind A, B sowie C", "It would be great
     * if you also bring A, B and C", "Se valorará positivamente A, B"): the marker is said of every item.
     */
    static boolean opensWithNiceMarker(String conjunct) {
        List<String> words = java.util.Arrays.asList(conjunct.strip().split("\\s+"));
        return PhraseGrammar.longestCueAtStart(words, Cues.NICE_LINE) > 0;
    }

    /** Whether a phrase has a content word besides the name of the concept it names ("viennoiserie pur beurre" of bakery). */
    boolean saysMore(AnalyzedText analyzed, Lexicon.Found concept, Language language) {
        return analyzed.terms().stream().anyMatch(stem -> !lexicon.isFiller(stem, language) && !concept.stems().contains(stem));
    }

    /**
     * The line up to a spaced dash that starts a remark; a dash inside parentheses is part of a
     * name ("BTS Banque – Conseiller de clientèle") and cuts nothing.
     */
    static String withoutComment(String line) {
        Matcher dash = COMMENT.matcher(line);
        while (dash.find()) {
            String before = line.substring(0, dash.start());
            if (before.chars().filter(c -> c == '(').count() <= before.chars().filter(c -> c == ')').count()) {
                return before;
            }
        }
        return line;
    }

    /**
     * The line without asides in which the employer speaks of pay, benefits or place
     * ("driving licence B and own car (we reimburse fuel)", "(компенсируем ГСМ)"): what the
     * employer provides is never part of what it asks for.
     */
    static String withoutEmployerAsides(String line) {
        Matcher aside = EMPLOYER_ASIDE.matcher(line);
        StringBuilder kept = new StringBuilder();
        Cues cues = Cues.standard();
        while (aside.find()) {
            boolean noise = cues.in(Cues.NOISE_LINE, aside.group(1)) || MONEY.matcher(aside.group(1)).find();
            aside.appendReplacement(kept, noise ? " " : Matcher.quoteReplacement(aside.group()));
        }
        aside.appendTail(kept);
        return kept.toString();
    }

    /**
     * Where the employer starts to say why it asks something: a clause after a comma, dash or colon that
     * starts with "because", "as you will", "denn", "da", "damit", "car", "ya que", "так как"...; or after a colon, a sentence about the employer or
     * the candidate ("Bilinguisme français-anglais : une partie de nos clients est en Ontario", "Inglés técnico nivel B2: trabajarás
     * a diario con AMM, IPC, TSM", "Englisch: Sie lesen Handbücher"). The reason
     * is no part of the requirement, and its places and clients are never requirements.
     */
    static final Pattern EXPLANATION = Pattern.compile("(?iu)(?:\\s*[,;:–—]\\s*(?:because|as you|as we|as our|as the|as this|as crews|as staff|as teams|as most|as much|as many|as all|since you|since we"
            + "|so that|denn|weil|da|damit|sodass|car|puisque|parce qu|afin qu|pour que|ya que|porque|puesto que|dado que|para que"
            + "|так как|поскольку|потому что|чтобы)(?![\\p{L}])"
            + "|\\s*:\\s+(?:our|your|we|you|they|most|many|nos|notre|vos|votre|nous|une partie|la plupart|beaucoup|unsere|unser|wir|viele"
            + "|die meisten|nuestros|nuestras|nuestro|nuestra|muchos|muchas|la mayoría|наши|наш|мы|многие|большинство"
            + "|you'll|you’ll|vous|sie|du|tú|usted|vas a|вы|вам|вас|\\p{L}{3,}rás)(?![\\p{L}])).*$");

    /**
     * A reason clause that opens the sentence ("Da Sie mit Patienten und Ärzten viel kommunizieren, setzen wir sehr gute
     * Deutschkenntnisse voraus", "Since you will drive to clients, …", "Comme vous serez en contact avec …, …", "Como muchos
     * eventos son fuera de Madrid, …"): why the
     * employer asks, not what; the main clause after its comma is the requirement.
     */
    static final Pattern LEADING_REASON = Pattern.compile("(?iu)^\\s*(?:da|weil|since|because|given\\s+that|as\\s+you|comme|puisque|como|"
            + "étant\\s+donné\\s+que|ya\\s+que|dado\\s+que|puesto\\s+que|так\\s+как|поскольку)\\s[^,;:]{3,160},\\s*(?=\\S)");

    /** Whom the employer needs something for, up to the next item: "Englischkenntnisse für unsere Urlaubsgäste sowie ...". */
    static final Pattern FOR_OUR = Pattern.compile("(?iu)(?<=[\\p{L}\\p{N})])\\s+(?:for our|für unsere|für unser|für unseren|pour nos|pour notre"
            + "|para nuestros|para nuestras|para nuestro|para nuestra|для наших|для нашего|для нашей)(?![\\p{L}])[^,;]*?"
            + "(?=\\s*[,;.]|\\s*$|\\s(?:and|und|sowie|et|ainsi que|y|así como|и|а также)\\s)");

    /**
     * The words of a language requirement that say in which form, after a comma ("Bilinguisme français-anglais,
     * à l'oral comme à l'écrit", "English, written and spoken"): no requirement of their own, and their "and"
     * would cut them into two.
     */
    static final Pattern LANGUAGE_MODE = Pattern.compile("(?iu)\\s*,\\s*(?:(?:à|a) l['’](?:oral|écrit)(?: (?:comme|et) (?:à|a) l['’](?:oral|écrit))?"
            + "|oral et écrit|écrit et oral|written and spoken|spoken and written|in wort und schrift|in schrift und wort|oral y escrito|oral y escrita"
            + "|hablado y escrito|escrito y hablado|устно и письменно|в устной и письменной форме)(?![\\p{L}])");

    /** The line without whom the employer needs it for ({@link #FOR_OUR}) and the reason it gives ({@link #EXPLANATION}), if something is left before it. */
    static String withoutExplanation(String text) {
        String line = FOR_OUR.matcher(LEADING_REASON.matcher(text).replaceFirst("")).replaceAll("");
        Matcher reason = EXPLANATION.matcher(line);
        if (reason.find() && reason.start() > 0 && !line.substring(0, reason.start()).isBlank()) {
            String before = line.substring(0, reason.start());
            return before.strip().contains(" ") || !line.substring(reason.start()).strip().startsWith(":") ? before : line;
        }
        return line;
    }

    static final Pattern EMPLOYER_ASIDE = Pattern.compile("\\(([^()]{2,120})\\)");

    /**
     * The level each language of a long phrase is asked at, read from the clause that names it
     * ("le français est votre langue maternelle, et votre anglais est au minimum de niveau B2":
     * French C2, English B2), so that a language named in a long sentence keeps its level.
     */
    Map<String, Integer> languageLevels(String phrase, Language language) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String clause : CLAUSE.split(phrase)) {
            int asked = LanguageLevel.asked(clause);
            if (asked == 0) {
                continue;
            }
            for (Lexicon.Found found : lexicon.find(lexicon.analysis().analyze(clause, language), language)) {
                if ("language".equals(found.concept().kind())) {
                    levels.putIfAbsent(found.concept().id(), asked);
                }
            }
        }
        return levels;
    }

    static final Pattern CLAUSE = Pattern.compile("(?iu)[,;]|\\s(?:and|und|et|y|и)\\s");

    /** The kind of a phrase: its concept's when the concept is most of the phrase, else by its words. */
    String kind(String phrase, List<Lexicon.Found> concepts, AnalyzedText analyzed, Language language) {
        Cues cues = Cues.standard();
        if (!concepts.isEmpty()) {
            long content = analyzed.terms().stream().filter(stem -> !lexicon.isFiller(stem, language)).count();
            if (concepts.get(0).stems().size() * 2 >= content) {
                return concepts.get(0).concept().kind();
            }
        }
        if (cues.in(Cues.LICENCE_WORD, phrase)) {
            return "licence";
        }
        if (cues.in(Cues.CERTIFICATION_WORD, phrase)) {
            return "certification";
        }
        if (cues.in(Cues.EDUCATION_WORD, phrase)) {
            return "education";
        }
        return concepts.isEmpty() ? "phrase" : concepts.get(0).concept().kind();
    }

    static String name(Concept concept, Language language) {
        List<String> own = concept.names().getOrDefault(language, List.of());
        return own.isEmpty() ? concept.label() : own.get(0);
    }

    static Set<String> companyWords(String company) {
        Set<String> words = new LinkedHashSet<>();
        if (company != null) {
            for (String word : Cues.fold(company).strip().split(" ")) {
                if (word.length() >= 2 && !Set.of("ltd", "gmbh", "inc", "llc", "plc", "ag", "se", "sa", "sl", "sas", "srl", "the",
                        "and", "und", "et", "y", "of", "de", "la", "le", "el", "group", "ооо", "ао", "пао").contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /**
     * The phrase without the company's name where it is written as one (capitalised): a run of two
     * of its words or more, or its first word alone. Another of its words alone is a word of the trade
     * ("Physiotherapy" of "Bayside Movement Physiotherapy" in "Doctor of Physiotherapy").
     */
    static String withoutCompany(String phrase, Set<String> companyWords) {
        if (companyWords.isEmpty()) {
            return phrase;
        }
        String[] words = phrase.split("\\s+");
        boolean[] company = new boolean[words.length];
        for (int i = 0; i < words.length; i++) {
            company[i] = !words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))
                    && companyWords.contains(Cues.fold(words[i]).strip());
        }
        String distinctive = companyWords.iterator().next();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            boolean run = i > 0 && company[i - 1] || i < words.length - 1 && company[i + 1];
            boolean drop = company[i] && (run || companyWords.size() == 1 || Cues.fold(words[i]).strip().equals(distinctive));
            if (!drop) {
                kept.add(words[i]);
            }
        }
        return PhraseGrammar.clean(String.join(" ", kept));
    }

    /**
     * A requirement before it has an id; two drafts with one key are one requirement (with the
     * wording that states a language level, when only one does: "anglais" and "anglais courant"). A short
     * phrase is keyed by its concept, unless it has a key of its own ({@code ownKey}): it names one product of
     * several the concept groups ("Revit" and "AutoCAD" are two requirements, not one), or says more than the
     * concept ("boulangerie artisanale" and "viennoiserie pur beurre" are two requirements of one trade).
     */
    record Draft(String text, boolean must, String kind, Integer years, String concept, boolean ownKey) {

        String key() {
            return concept != null && !ownKey && text.split("\\s+").length <= 3 ? "concept:" + concept
                    : Cues.fold(text).strip().toLowerCase(Locale.ROOT);
        }

        Draft merge(Draft other) {
            Integer mostYears = years;
            if (mostYears == null || other.years != null && other.years > mostYears) {
                mostYears = other.years;
            }
            String said = LanguageLevel.asked(text) == 0 && LanguageLevel.asked(other.text) > 0 ? other.text : text;
            return new Draft(said, must || other.must, kind, mostYears, concept, ownKey);
        }
    }
}
