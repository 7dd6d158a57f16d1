package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The candidate's name: of the name-shaped pieces near the top of the first page (two to
 * five capitalised words, no digits, not a heading, job title, organisation, place or a page
 * title such as "Curriculum Vitae"), the one in the largest type, then the earliest. Contact
 * details on the same line are cut away first ("Jane Doe Email: jane@x.org"); a name split
 * over two lines or glued together ("DebarghyaDas") is put back together; capitals-only
 * words are written with an initial capital.
 */
final class NameReader {

    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "van", "von", "der", "den", "da", "di",
            "du", "dos", "das", "do", "y", "bin", "al", "le", "ter", "zu", "e", "ben", "ibn", "af");
    private static final Set<String> PAGE_TITLES = Set.of("curriculum vitae", "resume", "résumé", "cv", "lebenslauf", "резюме",
            "hoja de vida", "personal details", "personal information", "personal data", "contact details", "contact information",
            "currículum vitae", "curriculum", "persönliche daten", "datos personales", "informations personnelles", "kontakt");
    private static final Pattern TITLED = Pattern.compile("(?iu)(?>curr[ií]culum\\s+vitae|curr[ií]culum|hoja\\s+de\\s+vida|lebenslauf|"
            + "r[ée]sum[ée]|cv|резюме)\\s*(?:[-–—:|]\\s*|(?:de|von|of|du)\\s+)?(?=\\p{Lu})");
    private static final Pattern NAME_WORD = Pattern.compile("(?u)[\\p{Lu}][\\p{L}'’.\\-‐–]*|[\\p{Lu}'’.\\-‐–]+");
    private static final Pattern LABEL = Pattern.compile("(?iu)(?:^|\\s)(?:e-?mail|mail|phone|tel|mobile|mob|cell|name|nom|nombre|"
            + "name|имя|фио|correo|téléphone|telefon|teléfono|linkedin|github|portfolio|website|web|address|адрес)\\s*[:：]?\\s*$");
    private static final Pattern GLUED = Pattern.compile("(?u)\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Set<String> LABEL_WORDS = Set.of("address", "adresse", "anschrift", "dirección", "direccion",
            "email", "e-mail", "courriel", "correo", "mail", "phone", "telefon", "téléphone", "telephone", "teléfono", "telefono",
            "mobile", "mobil", "handy", "móvil", "name", "nom", "nombre", "vorname", "nachname", "prénom", "apellidos", "born",
            "geboren", "nationality", "nationalität", "nacionalidad", "nationalité", "website", "linkedin", "github", "portfolio",
            "contact", "kontakt", "contacto", "адрес", "телефон", "почта", "geburtsort", "geburtsdatum", "geburtstag",
            "familienstand", "staatsangehörigkeit", "staatsangehorigkeit", "wohnort", "führerschein", "fuhrerschein",
            "konfession", "religion", "naissance", "nationalite", "permis", "nacimiento", "civil", "гражданство",
            "рождения", "положение", "фамилия", "имя", "отчество", "apellido", "prenom", "cognome", "nome",
            "daten", "angaben", "datos", "données", "donnees", "details", "данные", "сведения"); // "Persönlich Daten" (a heading misspelt)
    /** Words a name never starts with ("In Computer Science" under the name, a degree's second line). */
    private static final Set<String> NOT_FIRST = Set.of("in", "of", "at", "for", "and", "the", "with", "on", "to", "from", "by",
            "und", "für", "im", "mit", "et", "pour", "avec", "con", "para", "и", "в", "на", "по", "seit", "since", "depuis",
            "desde", "bis", "until");
    /** A single capital, with or without a dot: an initial ("Akshay S", the father's initial in South Indian names). */
    private static final Pattern INITIAL = Pattern.compile("(?u)\\p{Lu}\\.?");
    private static final Pattern SEPARATED = Pattern.compile("\\s+[|·•■▪◆♦●]\\s+|\\s*[|■▪◆♦●]\\s*");
    /** Academic and honorary titles before or after a name ("Dr.", "Djordje Djokic B.Sc.", "Dipl.-Ing."). */
    private static final Pattern TITLES = Pattern.compile("(?iu)(?<![\\p{L}])(?:dr|prof|mag|ing|dipl\\.?-\\s?ing|dipl|b\\.?\\s?sc|m\\.?\\s?sc|"
            + "b\\.?\\s?a|m\\.?\\s?a|b\\.?\\s?eng|m\\.?\\s?eng|ph\\.?\\s?d|mba|ll\\.?m|msc|bsc|lic|licda?|ing\\.)\\.?(?=\\s|$|,)");
    private static final Pattern NAME_LABEL = Pattern.compile("(?iu)^(?:name|full\\s+name|nom|nombre|nombre\\s+completo|имя|фио)\\s*[:：]\\s*");

    /**
     * Letters after a name that say what the person is licensed or graduated as, common on
     * medical, nursing, engineering and finance resumes ("Jasmine Smith BSN, RN, OCN", "Omar Haddad,
     * P.E."). Only these are dropped without a comma: a capitals-only word after a name is as
     * often the family name ("Marie DUPONT").
     */
    private static final Set<String> POST_NOMINALS = Set.of("rn", "bsn", "msn", "dnp", "aprn", "np", "fnp", "lpn", "lvn", "cna",
            "ocn", "ccrn", "cen", "cpn", "md", "do", "dds", "dmd", "pharmd", "dvm", "pe", "p.e", "pmp", "cpa", "cfa", "cma", "acca",
            "cissp", "cisa", "cism", "phr", "sphr", "mba", "mph", "msw", "lcsw", "lmft", "edd", "jd", "esq", "phd", "ph.d", "dphil",
            "frcs", "mrcp", "aca", "fca", "ceng", "cphys", "rd", "dpt", "otr", "cpt", "faia", "aia", "leed", "ap", "cscs", "shrm-cp",
            "shrm-scp", "bcba", "lpc", "psyd", "rrt", "rt", "emt", "ems", "crna", "cnm", "fache", "chse");
    /** A credential written with dots ("Ph.D.", "P.E.", "M.Sc."): never a given name. */
    private static final Pattern CREDENTIAL = Pattern.compile("(?u)(?:\\p{L}{1,3}\\.){2,4}");
    /** Post-nominals that are also family names ("Thanh Huong DO"): dropped only after a comma or among others. */
    private static final Set<String> SURNAME_LIKE = Set.of("do", "pe", "rt", "ap", "rd", "md", "np", "pt", "ems", "emt", "cen", "aia", "aca");

    /** A large initial drawn apart from the rest of its word ("S tefan Haas"): one word again. */
    private static final Pattern DROP_INITIAL = Pattern.compile("^(\\p{Lu}) (\\p{Ll}{2,})(?=\\s|$)");

    /**
     * A last letter drawn apart from its word ("Elie Godwi n AIDASSO", Word's justified display
     * type): a lone small consonant is no word of a name, it ends the one before. Vowels and "y"
     * stay, they join names ("Ortega y Gasset").
     */
    private static final Pattern DROP_LAST = Pattern.compile("(?<=\\p{L}{2}) ([b-df-hj-np-tv-xzß])(?=\\s|$)");

    /** The same in capitals, a word of its own on a line of display type ("S ARAH"). */
    private static final Pattern CAPITAL_DROP_INITIAL = Pattern.compile("^(\\p{Lu}) (\\p{Lu}{2,})$");

    /** Single letters one space apart, three or more, words two spaces or more apart. */
    private static final Pattern LETTER_SPACED = Pattern.compile("(?u)\\p{L}(?: \\p{L}){2,}(?:\\s{2,}\\p{L}(?: \\p{L})+)*");

    private NameReader() {
    }

    /** Display type: 1.8 times the body text or more, the size of names set as a headline. */
    static final float DISPLAY = 1.8f;

    static Optional<String> read(List<ResumeSection> sections, List<ResumeLine> all) {
        Optional<String> labelled = LabelledName.read(all);
        if (labelled.isPresent()) {
            return labelled.map(NameReader::capitalised);
        }
        Candidate best = null;
        for (ResumeLine line : candidateLines(sections, all)) {
            for (String cellText : line.cells()) {
                for (String cell : SEPARATED.split(cellText)) {
                    Candidate candidate = candidate(cell, line, all);
                    if (candidate == null) {
                        candidate = headCandidate(cell, line, all);
                    }
                    if (candidate != null && (best == null || candidate.score() > best.score())) {
                        best = candidate;
                    }
                }
            }
        }
        return Optional.ofNullable(best).map(c -> capitalised(c.name()));
    }

    private record Candidate(String name, double score) {
    }

    /** The header and contact sections, and the first or large lines of the first page. */
    private static List<ResumeLine> candidateLines(List<ResumeSection> sections, List<ResumeLine> all) {
        List<ResumeLine> candidates = new ArrayList<>();
        for (ResumeSection section : sections) {
            if (section.kind() == null || section.kind() == Section.CONTACT) {
                candidates.addAll(section.lines());
            }
        }
        for (ResumeLine line : all) {
            if (line.line().page() == 1 && (line.index() < 12 || line.relSize() >= 1.3f) && !candidates.contains(line)) {
                candidates.add(line);
            }
        }
        return candidates;
    }

    private static final Pattern HEAD = Pattern.compile("^(.+?)(?:,\\s|\\s[–—-]\\s)(.+)$");

    /**
     * "Карпухин Никита, Unity разработчик", "Laura Pérez – Enfermera": a name followed on its
     * line by what the person does. The part before the first comma or dash, when it is a name
     * on its own and the rest is not (so "Smith, John" is never cut to "Smith").
     */
    private static Candidate headCandidate(String cell, ResumeLine line, List<ResumeLine> all) {
        var head = HEAD.matcher(withoutPostNominals(cell).strip());
        if (!head.matches() || !nameShaped(head.group(1).strip()) || nameShaped(head.group(2).strip())) {
            return null;
        }
        Candidate candidate = candidate(head.group(1), line, all);
        return candidate == null || candidate.name().split("\\s+").length < 2 ? null : new Candidate(candidate.name(), candidate.score() - 0.2);
    }

    /** A name read from one piece of a line, scored by type size, weight, position and order; null when none. */
    private static Candidate candidate(String cell, ResumeLine line, List<ResumeLine> all) {
        Matcher titled = TITLED.matcher(cell.strip());
        if (titled.lookingAt() && titled.end() < cell.strip().length()) {
            // "HOJA DE VIDA JAVIER HERNÁNDEZ", "Lebenslauf von Max Muster": a page title before the name, often a running
            // header that shortens it; the name read alone elsewhere goes first
            Candidate named = candidate(cell.strip().substring(titled.end()), line, all);
            return named == null ? null : new Candidate(named.name(), named.score() - 1);
        }
        String lower = cell.strip().toLowerCase(Locale.ROOT);
        if (RoleWords.location(cell.strip()) || PAGE_TITLES.contains(lower)) {
            return null;
        }
        String piece = DROP_LAST.matcher(DROP_INITIAL.matcher(withoutDate(withoutContacts(TITLES.matcher(withoutPostNominals(unspaced(cell)))
                .replaceAll(" ").strip()))).replaceFirst("$1$2")).replaceAll("$1");
        String name = nameShaped(piece) || line.relSize() >= 1.3f && initialled(piece)
                || line.relSize() >= DISPLAY && line.line().page() == 1 && nameShaped(piece, true) ? piece : null;
        double bonus = 0;
        float size = line.relSize();
        if (name == null && GLUED.matcher(piece).matches()) {
            // "LiridonDrenica": given and family name in two colours without a space; split before any join with the next line
            String split = CAMEL.matcher(piece).replaceAll(" ");
            name = nameShaped(split) ? split : null;
        }
        if (name == null && piece.split("\\s+").length == 1 && nameWord(piece) && SectionVocabulary.section(piece).isEmpty()
                && !LABEL_WORDS.contains(piece.toLowerCase(Locale.ROOT)) && !PAGE_TITLES.contains(piece.toLowerCase(Locale.ROOT))) {
            Joined joined = joinedWithNextCell(piece, cell, line);
            if (joined == null) {
                joined = joinedWithNext(piece, line, all);
            }
            if (joined != null) {
                name = joined.name();
                size = Math.max(size, joined.second().relSize());
                bonus = 1; // the whole name outranks its second line read alone
            }
        }
        if (name != null && bonus == 0 && line.relSize() >= 1.3f && line.cells().size() == 2 && cell.equals(line.cells().get(0))) {
            String[] rest = line.cells().get(1).strip().split("\\s+"); // "Lena Maria ‖ Oberholzer": the name across two columns
            String joined = name + " " + line.cells().get(1).strip();
            if (rest.length <= 2 && Arrays.stream(rest).allMatch(NameReader::nameWord) && nameShaped(joined)) {
                name = joined;
                bonus = 1;
            }
        }
        if (name != null && bonus == 0 && line.relSize() >= 1.3f && line.cells().size() == 1) {
            String longer = continuedOnNextLine(name, line, all);
            if (longer != null) {
                name = longer;
                bonus = 1;
            }
        }
        if (name == null) {
            return null;
        }
        boolean nearTop = line.line().top() >= 0 && line.line().top() < 250 && line.line().page() == 1;
        return new Candidate(name, bonus + size * 3 + (line.bold() ? 0.5 : 0) - line.index() * 0.05 + (nearTop ? 1 : 0));
    }

    /**
     * The name without the credentials set after it: everything after a comma when all of it is
     * credentials, then known post-nominal letters at the end ("Jasmine Smith BSN, RN, OCN"
     * becomes "Jasmine Smith"). At least two words always stay.
     */
    static String withoutPostNominals(String cell) {
        String t = cell.strip();
        int comma = t.indexOf(',');
        if (comma > 0 && t.substring(0, comma).strip().split("\\s+").length >= 2) {
            String[] after = t.substring(comma + 1).strip().split("[\\s,]+");
            if (after.length > 0 && Arrays.stream(after).allMatch(w -> CREDENTIAL.matcher(w).matches()
                    || POST_NOMINALS.contains(w.toLowerCase(Locale.ROOT).replaceAll("\\.$", "")))) { // "GARCÍA LÓPEZ, MARÍA" stays
                t = t.substring(0, comma).strip();
            }
        }
        List<String> words = new ArrayList<>(Arrays.asList(t.split("\\s+")));
        String lastWord = words.get(words.size() - 1);
        int hyphen = lastWord.lastIndexOf('-');
        if (words.size() >= 2 && hyphen > 1 && lastWord.length() - hyphen > 5 && RoleWords.position(lastWord.substring(hyphen + 1))) {
            words.set(words.size() - 1, lastWord.substring(0, hyphen)); // "HELENE SCHRECK-DEVELOPPEUR": the job sought, glued on
        }
        boolean mixedCase = !words.get(0).equals(words.get(0).toUpperCase(Locale.ROOT)); // "NGUYEN VAN DO" keeps its last word
        int dropped = 0;
        while (mixedCase && words.size() > 2) {
            String last = words.get(words.size() - 1).replaceAll("[.,]+$", "");
            String lower = last.toLowerCase(Locale.ROOT);
            if (!POST_NOMINALS.contains(lower) || last.matches("\\p{Lu}\\p{Ll}+")) {
                break; // "Do", "Rd": a plain capitalised word is a name
            }
            boolean another = POST_NOMINALS.contains(words.get(words.size() - 2).replaceAll("[.,]+$", "").toLowerCase(Locale.ROOT));
            if (SURNAME_LIKE.contains(lower) && dropped == 0 && !another) {
                break; // "Thanh Huong DO": alone at the end, a family name as much as a degree
            }
            words.remove(words.size() - 1);
            dropped++;
        }
        return String.join(" ", words);
    }

    /** The cell without emails, links, phone numbers and their labels. */
    static String withoutContacts(String cell) {
        String t = NAME_LABEL.matcher(withoutDate(cell.strip())).replaceFirst("");
        t = ContactDetails.EMAIL.matcher(t).replaceAll(" ");
        t = ContactDetails.URL.matcher(t).replaceAll(" ");
        t = ContactDetails.PHONE.matcher(t).replaceAll(" ");
        t = t.replaceAll("[|·•,;]", " ").replaceAll("\\s+", " ").strip();
        String before;
        do {
            before = t;
            t = LABEL.matcher(t).replaceFirst("").strip();
        } while (!t.equals(before));
        return t;
    }

    /**
     * "J A N A M A R A" / "G A R O": a name set letter-spaced in large capitals, its letters one
     * space apart and its words two or more; the text with the spacing taken out.
     */
    static String unspaced(String cell) {
        String t = cell.strip();
        if (!LETTER_SPACED.matcher(t).matches()) {
            return cell;
        }
        StringBuilder out = new StringBuilder();
        for (String word : t.split("\\s{2,}")) {
            out.append(out.length() == 0 ? "" : " ").append(word.replace(" ", ""));
        }
        return out.toString();
    }

    /** "Maximiliano Varas Diciembre 17, 1997": a birth date set after the name on its line. */
    static String withoutDate(String piece) {
        String bracketed = piece.replaceFirst("\\s*\\((?:[^()]*\\d[^()]*|\\s*)\\)\\s*$", "");
        if (!bracketed.equals(piece) && !bracketed.isBlank()) {
            return bracketed; // "Cristina Belmonte López (16/06/89)": a birth date or an age in brackets
        }
        List<MonthRange.Point> points = MonthRange.points(piece);
        if (points.isEmpty() || !piece.substring(points.get(points.size() - 1).to()).isBlank()) {
            return piece;
        }
        String before = piece.substring(0, points.get(0).from()).replaceAll("[\\s\\d,.;:–—-]+$", "").strip();
        return before.isEmpty() ? piece : before;
    }

    static boolean nameShaped(String text) {
        return nameShaped(text, false);
    }

    /**
     * Whether a text is shaped like a name; with {@code tradeSurname}, its last word may be a trade's name as well
     * ("Jose Luis Pastor", "Lisa Gärtner", "Jean Boulanger"): asked only of the largest type at the top of a page, where
     * a headline's job title is two words of a trade, not given names before one.
     */
    static boolean nameShaped(String text, boolean tradeSurname) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > 5 || text.length() > 50 || text.matches(".*\\d.*")) {
            return false;
        }
        if (NOT_FIRST.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (PARTICLES.contains(word) || (i > 0 && (i < words.length - 1 || i >= 2) || i == 0 && words.length >= 3)
                    && INITIAL.matcher(word).matches() && word.endsWith(".")) {
                continue; // "Sarah C. Bland": a middle initial; "DETALLE Guillaume Eric J.": one after the given names; "M. Perry Nerem"
            }
            String bare = word.replaceAll("[.:,]+$", "").toLowerCase(Locale.ROOT);
            if (LABEL_WORDS.contains(bare) || RoleWords.COUNTRY.matcher(bare).matches()) {
                return false; // "Adresse", "Courriel", "Canada": a contact table, not a name
            }
            if (!nameWord(word)) {
                return false;
            }
            capitalised++;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (tradeSurname && NEVER_SURNAMES.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false; // "Data Analyst" in display type: a headline
        }
        return capitalised >= 2 && !PAGE_TITLES.contains(lower) && SectionVocabulary.section(text).isEmpty()
                && !RoleWords.position(tradeSurname ? text.strip().substring(0, text.strip().lastIndexOf(' ')) : text)
                && !RoleWords.organisation(text) && !RoleWords.institution(text)
                && !RoleWords.degree(text) && !RoleWords.location(text) && MonthRange.single(text).isEmpty();
    }

    /**
     * A given name with an initial for the family name ("AKSHAY S", "Priya R."), in large type
     * only: as name-shaped as two full words once the initial stands in for the second.
     */
    static boolean initialled(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > 3 || !INITIAL.matcher(words[words.length - 1]).matches()) {
            return false;
        }
        String given = String.join(" ", Arrays.copyOf(words, words.length - 1));
        return Arrays.stream(words, 0, words.length - 1).allMatch(NameReader::nameWord)
                && nameShaped(given + " " + given); // the same checks as a two-word name (no label, place, title or heading)
    }

    /**
     * The words of job titles that are no family name, unlike the old trades ("Pastor", "Gärtner", "Boulanger"): a headline in
     * display type that ends with one ("Data Analyst", "Développeuse Web") names a post.
     */
    private static final Set<String> NEVER_SURNAMES = Set.of("analyst", "developer", "engineer", "manager", "designer", "consultant",
            "specialist", "scientist", "administrator", "architect", "coordinator", "assistant", "technician", "officer", "director",
            "intern", "analyste", "développeur", "développeuse", "ingénieur", "ingénieure", "consultante", "entwickler",
            "entwicklerin", "ingenieur", "ingenieurin", "beraterin", "desarrollador", "desarrolladora", "ingeniero", "ingeniera",
            "analista", "diseñador", "diseñadora", "разработчик", "аналитик", "инженер", "менеджер", "дизайнер");

    /**
     * Nouns of a quality ("Коммуникабельность", "Zuverlässigkeit", "Créativité" aside, which ends like no name rule can tell):
     * a Russian "-ость", German "-keit"/"-heit", Spanish "-idad"/"-ción" or English "-ness" word of eight letters or more is
     * no name, so two of them on consecutive lines of a qualities list are never joined into one.
     */
    private static final Pattern QUALITY_NOUN = Pattern.compile("(?iu)\\p{L}{4,}(?:ость|keit|heit|idad|ción|ness)");

    private static boolean nameWord(String word) {
        return word.length() >= 2 && NAME_WORD.matcher(word).matches() && word.chars().filter(Character::isLetter).count() >= 2
                && !QUALITY_NOUN.matcher(word).matches();
    }

    /**
     * "CHRISTIAN" / "LARICO DEPAZ": a one-word line followed, within the next lines, by the rest
     * of the name in the same type (a contact line set smaller may come between).
     */
    private record Joined(String name, ResumeLine second) {
    }

    /**
     * "Alexander ‖ CHAYKIN": a given name and a family name set apart on one line (a design
     * tool's two text boxes, or a wide gap), in large type: the next cell, when it holds one or
     * two name words and nothing else.
     */
    private static Joined joinedWithNextCell(String first, String cell, ResumeLine line) {
        int at = line.cells().indexOf(cell);
        if (at < 0 || at + 1 >= line.cells().size() || line.relSize() < 1.3f) {
            return null;
        }
        String rest = line.cells().get(at + 1).strip();
        String[] words = rest.split("\\s+");
        String joined = first + " " + rest;
        return words.length <= 2 && Arrays.stream(words).allMatch(NameReader::nameWord) && nameShaped(joined) ? new Joined(joined, line) : null;
    }

    private static Joined joinedWithNext(String first, ResumeLine line, List<ResumeLine> all) {
        for (int next = line.index() + 1; next < all.size() && next <= line.index() + 3; next++) {
            ResumeLine following = all.get(next);
            for (String cell : following.cells()) {
                String rest = withoutContacts(unspaced(cell));
                if (following.relSize() >= 1.3f) {
                    rest = CAPITAL_DROP_INITIAL.matcher(rest).replaceFirst("$1$2"); // "POCH" / "S ARAH" in display type
                }
                if (rest.isEmpty() || rest.split("\\s+").length > 3) {
                    continue;
                }
                boolean sameCase = rest.equals(rest.toUpperCase(Locale.ROOT)) == first.equals(first.toUpperCase(Locale.ROOT));
                boolean sameType = Math.abs(following.line().size() - line.line().size()) <= 0.6f
                        || sameCase && (following.cells().size() > 1 || following.relSize() >= Math.max(1.3f, line.relSize() - 0.1f))
                        // "R O N A C H" in 20 pt over "ANGÈLE" in 16 pt, both bold capitals
                        || sameCase && first.equals(first.toUpperCase(Locale.ROOT)) && line.bold() && following.bold()
                                && line.relSize() >= 1.3f && following.relSize() >= 1.2f
                        // "Gabriela" in 46 pt over "LAVIA" in 43 pt: the family name in capitals, as many write it
                        || !first.equals(first.toUpperCase(Locale.ROOT)) && rest.equals(rest.toUpperCase(Locale.ROOT))
                                && line.relSize() >= 1.3f && following.relSize() >= 1.3f
                                && Math.abs(following.line().size() - line.line().size()) <= 0.15f * line.line().size();
                String joined = first + " " + rest;
                if (sameType && nameShaped(joined)) {
                    return new Joined(joined, following);
                }
            }
        }
        return line.relSize() >= 2f ? belowInDisplayType(first, line, all) : null;
    }

    /**
     * "RENAS" / "YOUSSEF" in 48 pt with a sidebar between them in the reading order: the line
     * set in the same display type within two of its heights below, holding one or two name words.
     */
    private static Joined belowInDisplayType(String first, ResumeLine line, List<ResumeLine> all) {
        for (ResumeLine other : all) {
            float below = other.line().top() - line.line().top();
            String rest = other.text().strip();
            if (other.index() > line.index() + 3 && other.line().page() == line.line().page() && other.cells().size() == 1
                    && Math.abs(other.line().size() - line.line().size()) <= 0.5f && other.bold() == line.bold()
                    && below > 0 && below <= 2 * line.line().size() && rest.split("\\s+").length <= 2
                    && Arrays.stream(rest.split("\\s+")).allMatch(NameReader::nameWord) && nameShaped(first + " " + rest)) {
                return new Joined(first + " " + rest, other);
            }
        }
        return null;
    }

    /**
     * "Juan Casado" / "Ballesteros": a name in large type whose last name wrapped onto the next
     * line, which holds nothing but one or two more name words in the same type.
     */
    private static String continuedOnNextLine(String name, ResumeLine line, List<ResumeLine> all) {
        if (line.index() + 1 >= all.size()) {
            return null;
        }
        ResumeLine next = all.get(line.index() + 1);
        for (ResumeLine other : all) { // two columns: the name's end at the same height, read after the first column
            if (other.index() > line.index() + 1 && other.line().page() == line.line().page()
                    && Math.abs(other.line().top() - line.line().top()) < 1f && other.line().size() == line.line().size()) {
                next = other;
                break;
            }
        }
        String rest = next.text().strip();
        String[] words = rest.split("\\s+");
        if (next.cells().size() != 1 || words.length > 2 || Math.abs(next.line().size() - line.line().size()) > 0.6f
                || next.line().page() != line.line().page() || !Arrays.stream(words).allMatch(NameReader::nameWord)) {
            return null;
        }
        String joined = name + " " + rest;
        return nameShaped(joined) ? joined : null;
    }

    /** "ATHUL SIVAN" and "Athul SIVAN" become "Athul Sivan"; "McDonald" and "de la Cruz" stay. */
    static String capitalised(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter)) {
                StringBuilder w = new StringBuilder();
                boolean start = true;
                for (char c : word.toCharArray()) {
                    w.append(start ? c : Character.toLowerCase(c));
                    start = c == '-' || c == '‐' || c == '–' || c == '\'' || c == '’';
                }
                out.append(w);
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }
}
