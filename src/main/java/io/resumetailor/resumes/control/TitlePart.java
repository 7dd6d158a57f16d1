package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of an entry's title lines: what one cell, one side of a separator ("|", "at",
 * "as", "bei", "chez", "@") or one comma-separated item holds, with where it came from and
 * what a marker word or label said it is ("Data Scientist at Acme": the part after "at" is
 * the employer; "Acme as Data Scientist": the reverse; "Cargo: Voluntario": a position).
 *
 * @param line  which title line (0 = first)
 * @param cell  which cell or separated piece of that line (0 = leftmost)
 * @param hint  COMPANY or POSITION when a marker or label says so, else null
 */
record TitlePart(String text, int line, int cell, boolean onDateLine, Role hint) {

    enum Role { COMPANY, POSITION }

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|｜•·]\\s+|\\s*[|｜]\\s*|\\s+—\\s*|\\s*—\\s+");
    /** "в августе 2022г.", "at 2019": a time, not a place of work. */
    private static final Pattern WHEN = Pattern.compile("(?u)^(?:\\S+\\s+){0,2}(?:19|20)\\d{2}\\S*$");
    private static final Pattern AT = Pattern.compile("(?iu)\\s+(?:at|@|bei|an\\s+der|am|chez|в|во)\\s+");
    /** German "im" names the employer only before an acronym or an organisation ("im UKE", "im Klinikum Nord"). */
    private static final Pattern IM = Pattern.compile("\\s+im\\s+");
    private static final Pattern ACRONYM = Pattern.compile("(?u)\\p{Lu}{2,}(?![\\p{L}])");
    /** "Modérateur de Projet International de Données chez DATAFORCE": the work before, the employer after. */
    private static final Pattern CHEZ = Pattern.compile("\\s+chez\\s+");
    /** Spanish "en" marks an employer only when an organisation follows ("en Sap Business One" is a product) and no degree precedes ("Máster en ..." names its field). */
    private static final String JOINING_WORDS = "at|of|and|for|in|the|und|für|der|de|del|la|et|y|en|и|в";
    private static final Pattern EN = Pattern.compile("(?iu)\\s+(?:en|pour|para|für)\\s+");
    /**
     * "en" names where one works; "für", "pour", "para" name it only before a name, not before a
     * field that starts with an organisation word ("Spezialist für Software-Qualität",
     * "Conseiller pour Services financiers") unless a legal form follows.
     */
    private static final Pattern IN = Pattern.compile("(?iu)\\s+en\\s+");
    static final Pattern LEGAL_FORM = Pattern.compile("(?u)(?<![\\p{L}])(?:Inc|Ltd|LLC|LLP|PLC|GmbH|AG|SE|KG|OHG|Corp|Co\\.|"
            + "S\\.A\\.|SA|SAS|SARL|S\\.L\\.|SL|SRL|S\\.p\\.A\\.|BV|B\\.V\\.|NV|Pvt|Pty|Limited|e\\.\\s?V\\.)(?![\\p{L}])");
    /**
     * Titles that name their field after "en" ("Ingeniero en Sistemas", "Técnico en Electrónica", "Consultant en
     * Stratégie", "Stage de Recherche en Méthodes Formelles"): when they begin or end the title, a capitalised word
     * after "en" is a subject, not an employer.
     */
    private static final Pattern FIELD_TAKER = Pattern.compile("(?iu)(?:ingenier[oa]|ingénieur(?:e)?|t[ée]cnic[oa]|technicien(?:ne)?|"
            + "licenciad[oa]|especialista|spécialiste|expert[oa]?|experte|profesor(?:a)?|professeur(?:e)?|maestr[oa]|doctor(?:a)?|docteur|"
            + "graduad[oa]|diplomad[oa]|diplômée?|máster|master|magíster|bachiller|tecnólog[oa]|consultor(?:a)?|consultante?|"
            + "conseill(?:er|ère)|asesor(?:a)?|formador(?:a)?|formateur|formatrice|docente|enseignante?|auxiliar|asistente|"
            + "stage|stagiaire|prácticas|practicas|practicante|pasante|becari[oa]|étudiante?|estudiante|alumn[oa]|assistante?|chercheu(?:r|se)|"
            + "chargée?|recherche|investigador(?:a)?|doctorante?|doctorando)$");
    /** A name after "en": capitalised words or acronyms ("RiskMS", "Experis IT", "Tragsatec."), with joining words between. */
    private static final Pattern NAMED = Pattern.compile("(?u)\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+(?:(?:de|del|la|y|et|des|du)\\s+)?"
            + "[\\p{Lu}\\d][\\p{L}\\d&'’.-]*){0,3}\\.?");
    /** French "à", "au", "à la", "à l'": where one works when an organisation's name follows ("Infirmière au CHU de Lyon"). */
    private static final Pattern AU = Pattern.compile("(?iu)\\s+à\\s+l['’](?=\\p{L})|\\s+(?:au|aux|à\\s+la|à)\\s+"); // "à l'" before "à"
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern AS = Pattern.compile("(?iu)\\s+(?:as|als|comme|como|в\\s+должности)\\s+");
    private static final Pattern POSITION_LABEL = Pattern.compile("(?iu)^(?:position|role|title|job\\s+title|designation|"
            + "current\\s+designation|poste|fonction|position|stelle|cargo|puesto|rol|должность|позиция)\\s*[:：]\\s*");
    private static final Pattern COMPANY_LABEL = Pattern.compile("(?iu)^(?:company|employer|organi[sz]ation|current\\s+company|"
            + "entreprise|société|arbeitgeber|firma|unternehmen|empresa|compañía|организация|компания|работодатель)\\s*[:：]\\s*");
    /** In capitals too ("VICE PRESIDENT OF"), but not right after a comma: "Indianapolis, IN" ends on a state, not on "in". */
    private static final Pattern JOINING_END = Pattern.compile("(?u)(?:,|\\s[-–—&+]|\\s(?:" + JOINING_WORDS + ")|(?<!,)\\s(?iu:" + JOINING_WORDS + "))$");
    private static final Pattern FULL_STOP = Pattern.compile("(?<=[\\s\\p{L}]\\p{L}{3}[\\p{Ll}])\\.$|(?<=\\s\\p{Ll}{4,})\\.$");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\(([^()]*(?:\\([^()]*\\))?[^()]*)\\)\\s*$");
    private static final Pattern ENUMERATION = Pattern.compile("^(?:\\d{1,2}[.)]|[a-z][.)])\\s+(?=\\p{L})");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)\\s*(?:https?://|www\\.)[^\\s()]+/?\\s*");
    private static final Pattern LINK_WORD = Pattern.compile("(?iu)\\s*-?\\s*\\b(?:link|website|site)\\b\\s*$");

    private static final Pattern CONJUNCTION_START = Pattern.compile("^(?:und|oder|bzw\\.?|and|or|et|ou|y|o|e|и|или)(?![\\p{L}])");

    /**
     * A line and its wrapped end: "de Cal-" / "das" is one hyphenated word ("Caldas"), "E-" /
     * "Commerce" keeps its hyphen, "Sozial-" / "und Gesundheitswesen" its space; Russian keeps it
     * ("инженер-" / "конструктор" is "инженер-конструктор").
     */
    static String wrapJoined(String line, String next) {
        if (!line.matches("(?s).*\\p{L}-$") || CONJUNCTION_START.matcher(next).lookingAt()) {
            return line + " " + next;
        }
        boolean broken = line.matches("(?s).*\\p{Ll}-$") && !next.isEmpty() && Character.isLowerCase(next.codePointAt(0))
                && !line.matches("(?s).*\\p{IsCyrillic}-$");
        return broken ? line.substring(0, line.length() - 1) + next : line + next;
    }

    /** The parts of an entry's title lines; wrapped lines are joined first. */
    static List<TitlePart> of(List<Entry.HeaderLine> header) {
        List<List<String>> lines = new ArrayList<>();
        List<List<String>> links = new ArrayList<>();
        List<Boolean> dateLines = new ArrayList<>();
        List<Integer> firstColumns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Entry.HeaderLine line = header.get(i);
            List<String> cells = new ArrayList<>(line.cells());
            boolean dateColumn = line.anchor() && !cells.isEmpty() && cells.get(0).isBlank();
            cells.removeIf(String::isBlank);
            if (!lines.isEmpty() && i > 0 && runsOn(header.get(i - 1), line) && !cells.isEmpty()) {
                List<String> previous = lines.get(lines.size() - 1);
                if (!previous.isEmpty()) {
                    String last = previous.remove(previous.size() - 1);
                    cells.set(0, wrapJoined(last, cells.get(0)));
                    cells.addAll(0, previous);
                    lines.remove(lines.size() - 1);
                    dateLines.set(dateLines.size() - 1, dateLines.get(dateLines.size() - 1) || line.anchor());
                    lines.add(cells);
                    links.get(links.size() - 1).addAll(line.source().line().links());
                    continue;
                }
            }
            lines.add(cells);
            links.add(new ArrayList<>(line.source().line().links()));
            dateLines.add(line.anchor());
            firstColumns.add(dateColumn && cells.size() >= 2 ? 1 : 0);
        }
        List<TitlePart> parts = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            List<String> cells = lines.get(l);
            int column = firstColumns.get(l); // the date's own cell, cut out, still counts: "2017 – 2020 | Lead developer | Lyon"
            for (String cell : cells) {
                for (String piece : SEPARATOR.split(cell)) {
                    int named = linkedName(piece, links.get(l));
                    if (named > 0) { // "Ingeniero de Automatización Elektroautomatik", the name linked to elektroautomatik.se
                        add(parts, piece.substring(0, named), l, column, dateLines.get(l), Role.POSITION);
                        add(parts, piece.substring(named), l, column++, dateLines.get(l), Role.COMPANY);
                        continue;
                    }
                    split(piece, l, column++, dateLines.get(l), parts);
                }
            }
        }
        return parts;
    }

    /** Sites that host people's pages, not employers: their names say nothing of where one worked. */
    private static final Pattern PERSONAL_SITE = Pattern.compile("(?i)(?:^|\\.)(?:linkedin|github|gitlab|bitbucket|twitter|x|facebook|"
            + "instagram|youtube|medium|doi|orcid|researchgate|google|bit|behance|dribbble|wa|t|vk|xing|stackoverflow)\\.[a-z.]+$");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?u)(?<=\\s)\\p{Lu}[\\p{L}\\d&.-]*");

    /**
     * Where an employer's name starts in a title that runs position and employer together without a
     * separator, told by the line's link to the employer's site: the first capitalised word after the
     * first that the site's name begins with ("Asistente de Investigación ASSAR Industrial Innovation
     * Arena" and assarinnovation.se), when the words before it name a position; else -1.
     */
    static int linkedName(String text, List<String> links) {
        for (String link : links) {
            String host;
            try {
                host = link.startsWith("http") ? java.net.URI.create(link.strip()).getHost() : null;
            } catch (IllegalArgumentException malformed) {
                host = null;
            }
            if (host == null || PERSONAL_SITE.matcher(host.toLowerCase(Locale.ROOT)).find()) {
                continue;
            }
            String[] labels = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").split("\\.");
            String site = labels.length >= 2 ? labels[labels.length - 2].replace("-", "") : "";
            if (site.length() < 4) {
                continue;
            }
            Matcher word = CAPITALISED_WORD.matcher(text);
            while (word.find()) {
                String folded = SectionVocabulary.fold(word.group()).replaceAll("[^\\p{L}\\d]", "");
                String before = text.substring(0, word.start()).strip();
                if (folded.length() >= 3 && site.startsWith(folded) && RoleWords.position(before) && !RoleWords.organisation(before)) {
                    return word.start();
                }
            }
        }
        return -1;
    }

    /**
     * The line leaves a bracket open or ends on a comma, a dash or a joining word, or the next
     * one starts in lower case: one phrase over two lines. (A line that merely fills a narrow
     * column is no evidence: the next field often starts on the next line.)
     */
    private static boolean runsOn(Entry.HeaderLine line, Entry.HeaderLine next) {
        String text = String.join(" ", line.cells()).strip();
        String following = String.join(" ", next.cells()).strip();
        long open = text.chars().filter(c -> c == '(').count() - text.chars().filter(c -> c == ')').count();
        boolean shortTail = line.source().line().wraps() && next.cells().size() == 1 && following.split("\\s+").length <= 2
                && Math.abs(line.source().line().size() - next.source().line().size()) < 0.5f;
        return open > 0 || shortTail || JOINING_END.matcher(text).find() || text.matches("(?s).*\\p{L}-$")
                || !following.isEmpty() && Character.isLowerCase(following.codePointAt(0)) && !text.isEmpty()
                && Character.isLetter(text.codePointAt(text.length() - 1)) && !twoFields(line, text, following);
    }

    /**
     * "Ilogs corporate SAS" over "coordinador administrativo", "Universidad Manuela Beltrán-UMB" over "ingenieria de
     * software": a short line that names an employer or a place of study over one in lower case that names a job or a
     * degree are two fields, written by someone who does not capitalise job titles, not one phrase; so are a job or a degree
     * over an employer or a school whose brand is written in lower case.
     */
    private static boolean twoFields(Entry.HeaderLine line, String text, String following) {
        if (line.source().line().wraps()) {
            return false;
        }
        boolean place = RoleWords.organisation(text) || RoleWords.institution(text);
        boolean title = RoleWords.position(text) || RoleWords.degree(text);
        return place && !title && (RoleWords.position(following) || RoleWords.degree(following)) && !RoleWords.institution(following)
                || title && !place && (RoleWords.organisation(following) || RoleWords.institution(following)) // "AI Business Specialist –
                && !RoleWords.position(following) && !RoleWords.degree(following); // Eidg. Fachausweis" over "ipso Bildung AG, Zürich"
    }

    /**
     * The text ends on a joining word ("Vermögens- und", "Kindergottesdienst, Konfirmandenunterricht und"):
     * the rest is on a line not read, so the value is incomplete.
     */
    static boolean cutByWrap(String text) {
        if (text.lastIndexOf('(') > text.lastIndexOf(')')) {
            return false; // "CERDI CNRS (Centre de Recherches et d'Etudes en": the name is whole, its explanation broke off
        }
        return JOINING_END.matcher(text.strip()).find() || text.strip().matches("(?s).*\\p{L}-$");
    }

    private static void split(String piece, int line, int cell, boolean dateLine, List<TitlePart> parts) {
        String text = clean(piece);
        if (text.isEmpty()) {
            return;
        }
        Matcher label = POSITION_LABEL.matcher(text);
        if (label.lookingAt()) {
            add(parts, text.substring(label.end()), line, cell, dateLine, Role.POSITION);
            return;
        }
        label = COMPANY_LABEL.matcher(text);
        if (label.lookingAt()) {
            add(parts, text.substring(label.end()), line, cell, dateLine, Role.COMPANY);
            return;
        }
        int colon = text.indexOf(": ");
        String head = colon > 0 ? text.substring(0, colon).strip() : "";
        if (head.contains(" ") && (RoleWords.organisation(head) || RoleWords.institution(head)
                || RoleWords.position(text.substring(colon + 2)) && !RoleWords.position(head) && head.split("\\s+").length <= 4)
                && (RoleWords.position(text.substring(colon + 2)) || !RoleWords.organisation(text.substring(colon + 2)))) {
            add(parts, head, line, cell, dateLine, Role.COMPANY); // "Mercedes-Benz AG: Internship in ..."
            add(parts, text.substring(colon + 2), line, cell, dateLine, Role.POSITION);
            return;
        }
        String[] at = outsideBrackets(AT, text);
        if (at.length < 2) {
            String[] im = outsideBrackets(IM, text); // "Gesund- und Krankenpflegerin im UKE", not "Praktikum im Bereich Marketing"
            if (im.length == 2 && RoleWords.position(im[0]) && (ACRONYM.matcher(im[1].strip()).lookingAt()
                    || RoleWords.organisation(im[1]) || RoleWords.institution(im[1]))) {
                at = im;
            }
        }
        boolean named = at.length == 2 && !CHEZ.matcher(text).find() // "chez" in lower case names no place ("Restaurant Chez Marcel" does)
                && ((RoleWords.institution(at[0]) || RoleWords.organisation(at[0])) && !RoleWords.position(at[0])
                || townOnRiver(at[0], at[1]) || campus(at[0]));
        if (at.length == 2 && !at[0].isBlank() && !at[1].isBlank() && !WHEN.matcher(at[1].strip()).matches()
                && !named) { // "University of Texas at Tyler" is one name
            add(parts, at[0], line, cell, dateLine, Role.POSITION);
            add(parts, at[1], line, cell, dateLine, Role.COMPANY);
            return;
        }
        String[] lastIn = lastOutsideBrackets(IN, text); // "... en Ruby on Rails en Besepa Technologies": the employer after the last "en"
        for (String[] en : List.of(lastIn, outsideBrackets(EN, text))) {
            if (en.length == 2 && RoleWords.organisation(en[1]) && !RoleWords.organisation(en[0]) && !RoleWords.degree(en[0])
                    && RoleWords.position(en[0])
                    && (IN.matcher(text).find() || !RoleWords.ORGANISATION.matcher(en[1]).lookingAt() || LEGAL_FORM.matcher(en[1]).find())) {
                add(parts, en[0], line, cell, dateLine, Role.POSITION); // "Ingeniera de Datos en Datos Ibéricos SL"
                add(parts, en[1], line, cell, dateLine, Role.COMPANY); // "Desarrolladora en Ruby on Rails en Besepa Technologies"
                return;
            }
        }
        String[] au = outsideBrackets(AU, text);
        if (au.length == 2 && RoleWords.position(au[0]) && !RoleWords.organisation(au[0])
                && !RoleWords.degree(BRACKETED.matcher(au[0]).replaceAll("")) // "Assistant de Recherche (Ingénieur d'études)": a grade
                && (RoleWords.organisation(au[1]) || RoleWords.institution(au[1]) || namedAfterA(text, au[1]))
                && !RoleWords.location(au[1].strip())) {
            add(parts, au[0], line, cell, dateLine, Role.POSITION); // "Stage à la Direction de l'Enfance de l'Eurométropole"
            add(parts, au[1], line, cell, dateLine, Role.COMPANY);
            return;
        }
        for (String[] in : List.of(outsideBrackets(IN, text), lastIn)) {
            if (in.length == 2 && RoleWords.position(in[0]) && !RoleWords.degree(in[0]) && !RoleWords.organisation(in[0])
                    && NAMED.matcher(in[1].strip()).matches() && !RoleWords.location(in[1].strip())
                    && !(in[0].equals(in[0].toUpperCase(Locale.ROOT)) && in[1].equals(in[1].toUpperCase(Locale.ROOT))) // capitals say nothing
                    && !takesField(in[0])) {
                add(parts, in[0], line, cell, dateLine, Role.POSITION); // "Analista Programador Java J2EE en Experis IT"
                add(parts, in[1], line, cell, dateLine, Role.COMPANY); // "Desarrolladora en Ruby on Rails en Ideas4All": the last "en"
                return;
            }
        }
        String[] as = outsideBrackets(AS, text);
        if (as.length == 2 && !as[0].isBlank() && !as[1].isBlank() && RoleWords.position(as[1]) && !RoleWords.position(as[0])) {
            add(parts, as[0], line, cell, dateLine, Role.COMPANY);
            add(parts, as[1], line, cell, dateLine, Role.POSITION);
            return;
        }
        add(parts, text, line, cell, dateLine, null);
    }

    /** "à la", "au", "aux", "à l'" in lower case: an article, which a town's name does not take. */
    private static final Pattern ARTICLE_AFTER_A = Pattern.compile("\\s(?:au|aux|à\\s+la|à\\s+l['’])\\s?");

    /**
     * A capitalised name after French "à" names the employer ("Enquêtrice à la Croix-Rouge Haïtienne", "Responsable des
     * finances à Top Média Haïti"), but one word after "à" alone is usually a town ("Vendeuse à Paris").
     */
    private static boolean namedAfterA(String text, String after) {
        String name = after.strip();
        return NAMED.matcher(name).matches() && (ARTICLE_AFTER_A.matcher(text).find() || name.split("\\s+").length >= 2);
    }

    /**
     * The text split at the first match of {@code link} outside brackets and guillemets, as {@link Pattern#split} with a
     * limit of two would: "Артист ансамбля (участие в концертной деятельности)" is one title, its "в" inside the bracket.
     */
    static String[] outsideBrackets(Pattern link, String text) {
        Matcher m = link.matcher(text);
        while (m.find()) {
            int depth = 0;
            for (int i = 0; i < m.start(); i++) {
                char c = text.charAt(i);
                depth += c == '(' || c == '«' ? 1 : c == ')' || c == '»' ? -1 : 0;
            }
            if (depth <= 0) {
                return new String[] {text.substring(0, m.start()), text.substring(m.end())};
            }
        }
        return new String[] {text};
    }

    /**
     * The text split at the last match of {@code link} outside brackets, when there is more than one: the work named
     * before may take its own field ("Desarrolladora en Ruby on Rails en Ideas4All"). A single piece otherwise.
     */
    static String[] lastOutsideBrackets(Pattern link, String text) {
        String[] first = outsideBrackets(link, text);
        String[] last = first;
        while (last.length == 2) {
            String[] rest = outsideBrackets(link, last[1]);
            if (rest.length < 2) {
                break;
            }
            last = new String[] {text.substring(0, text.length() - last[1].length()) + rest[0], rest[1]};
        }
        return last == first ? new String[] {text} : last;
    }

    /** The title begins or ends with a word that names its field after "en" ({@link #FIELD_TAKER}). */
    private static boolean takesField(String title) {
        String[] words = title.strip().split("\\s+");
        return FIELD_TAKER.matcher(words[0]).matches() || FIELD_TAKER.matcher(words[words.length - 1]).matches();
    }

    private static final Pattern LAST_ITEM_TOWN = Pattern.compile("(?u)(?:^|,\\s*)\\p{Lu}[\\p{Ll}-]+\\s*$");
    private static final Pattern RIVER = Pattern.compile("(?u)^\\p{Lu}[\\p{Ll}-]+(?:\\s*[,(].*)?$");

    /**
     * "Sanofi GmbH, Frankfurt am Main", "Mülheim an der Ruhr": a town named by its river after
     * the last comma, not a position at an employer ("Werkstudent am Fraunhofer-Institut").
     */
    private static boolean townOnRiver(String before, String after) {
        Matcher town = LAST_ITEM_TOWN.matcher(before);
        return town.find() && RIVER.matcher(after.strip()).matches() && !RoleWords.position(town.group())
                && !RoleWords.organisation(town.group()) && !RoleWords.institution(town.group());
    }

    /** "Lab Technician, The University of Texas" before "at San Antonio": the school's name goes on after "at". */
    private static boolean campus(String before) {
        int comma = before.lastIndexOf(", ");
        String last = comma < 0 ? "" : before.substring(comma + 2);
        return RoleWords.institution(last) && !RoleWords.position(last);
    }

    private static void add(List<TitlePart> parts, String text, int line, int cell, boolean dateLine, Role hint) {
        String clean = clean(text);
        if (!clean.isEmpty()) {
            parts.add(new TitlePart(clean, line, cell, dateLine, hint));
        }
    }

    /** Who supervised the work, after the title and a comma or dash: a person, no part of the position or the employer. */
    private static final Pattern SUPERVISED_BY = Pattern.compile("(?iu)(?:[,;]|\\s[–—-])\\s*(?:advisor|adviser|supervisor|mentor|principal\\s+investigator|"
            + "betreuer(?:in)?|betreut\\s+von|directeur|directrice|encadrant(?:e)?|director(?:a)?|tutor(?:a)?|научный\\s+руководитель|"
            + "руководитель)\\s*:\\s*\\S.*$");
    /** A postcode and its town before the title ("9014 St. Gallen Metallbaukonstrukteur"). */
    private static final Pattern LEADING_POSTCODE = Pattern.compile("(?u)^(?:[A-Z]{1,2}-)?(?!(?:19|20)\\d{2}\\s)\\d{4,5}\\s+\\p{Lu}[\\p{L}.'’-]*(?:[\\s-]+\\p{Lu}[\\p{L}.'’-]*)?\\s+(?=\\p{Lu})");

    /** Without trailing "Link" words, a location in brackets, a supervisor, a leading postcode and town, dangling separators and list marks. */
    static String clean(String text) {
        String t = ENUMERATION.matcher(text.strip()).replaceFirst("");
        t = LINK_WORD.matcher(t).replaceAll("");
        t = WEB_ADDRESS.matcher(t).replaceAll(""); // "CLAVEMAT (http://www.clavemat.org)"
        t = t.replaceAll("\\(\\s*\\)", "");
        t = SUPERVISED_BY.matcher(t).replaceFirst(""); // "Postdoctoral Associate, Advisor: Dr. Donald B. Katz"
        Matcher placed = LEADING_POSTCODE.matcher(t);
        if (placed.find() && RoleWords.position(t.substring(placed.end()))) {
            t = t.substring(placed.end()); // "8556 Wigoltingen Metallbaukonstrukteur": the employer's town ran into the title
        }
        Matcher bracket = TRAILING_BRACKET.matcher(t);
        if (bracket.find() && RoleWords.location(bracket.group(1).replaceAll("\\([^()]*\\)", "").strip())) {
            t = withoutTown(t.substring(0, bracket.start()));
        }
        t = t.replaceAll("^[\\s,;:|–—•·-]+|[\\s,;:|–—•·(-]+$", "");
        t = FULL_STOP.matcher(t).replaceFirst(""); // "Profesor Auxiliar de Análisis." (but "Inc.", "S.A.")
        return t.strip();
    }

    /**
     * "Orange, Jerez de la Frontera" before "(Spain)": a country in brackets closes the title, so
     * the last comma item before it is the town (Europass writes "Employer, Town (Country)"),
     * unless it names an organisation, a job or a school ("Acme, Inc. (USA)").
     */
    private static String withoutTown(String text) {
        int comma = text.lastIndexOf(", ");
        if (comma <= 0) {
            return text;
        }
        String town = text.substring(comma + 2).strip();
        if (town.isEmpty() || !Character.isUpperCase(town.codePointAt(0)) || town.split("\\s+").length > 4
                || RoleWords.organisation(town) || RoleWords.position(town) || RoleWords.institution(town) || RoleWords.degree(town)) {
            return text;
        }
        return text.substring(0, comma);
    }

    /** The comma-separated items of this part, with a trailing place ("Pomona, CA", "Hamburg") removed. */
    List<String> commaItems() {
        List<String> items = new ArrayList<>();
        for (String item : text.split("\\s*,\\s+")) {
            String piece = item.strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (!items.isEmpty() && (piece.startsWith("-") || Character.isLowerCase(piece.codePointAt(0)))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + ", " + piece); // "Wirtschaftstheorie, -politik"
            } else {
                items.add(piece);
            }
        }
        return items;
    }

    TitlePart withText(String newText) {
        return new TitlePart(newText, line, cell, onDateLine, hint);
    }
}
