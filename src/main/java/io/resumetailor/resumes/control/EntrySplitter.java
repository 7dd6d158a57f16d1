package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a section into entries anchored on their dates. Where the title lines of an entry
 * sit relative to its date (before it, on its line, after it) is learned from the first
 * entry, whose lines above the date cannot belong to an earlier entry, and then applied to
 * every entry of the section: the same template draws every entry the same way. A range
 * wrapped after its dash ("04/2021 –" / "heute") is joined; in a list where every line is a
 * list item (Word documents made of bullets) list items may carry dates too.
 */
final class EntrySplitter {

    /** "Tätigkeiten: ...", "Key Responsibilities: ...": a label that opens a description (a role label may stay). */
    private static final Pattern FULL_STOP = Pattern.compile("\\p{Ll}{3,}[.!?]\\s+(?=\\p{Lu})");
    /** Labels that name an entry's role or employer ("Puesto:", "Position:", "Company:"). */
    private static final String ROLE_LABELS = "position|role|title|cargo|puesto|poste|stelle|company|empresa|entreprise|firma|"
            + "должность|компания";
    private static final Pattern ROLE_LABEL = Pattern.compile("(?iu)^(?:" + ROLE_LABELS + ")\\s*:");
    /**
     * The full stop that ends a title sentence: after two letters or a bracket, before a capital,
     * and not the one of an abbreviation ("GmbH & Co. KG", "Dr. Weber").
     */
    private static final Pattern LEAD_STOP = Pattern.compile("(?<=\\p{L}{2}|\\))(?<!(?<!\\p{L})(?:Co|Inc|Ltd|Corp|Bros|Dr|Prof|Ing|Dipl|Mag|Lic"
            + "|St|Sr|Sra|Jr|Mr|Mrs|Ms|Nr|No|ca|bzw|vs|Av|Abt|Dept|Univ|Ste|Cie))\\.\\s+(?=\\p{Lu})");
    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)^(?!(?:" + ROLE_LABELS + "|"
            + EducationReader.INTENDED_DEGREE + "|abschluss|schulabschluss|degree|qualification|título|titulo|квалификация|степень)\\s*:)"
            + "[\\p{L}][\\p{L} /&-]{2,30}:\\s");

    /**
     * How long a position lasted, written after its range ("(2 years 2 months)", "· 1 yr 4 mos",
     * "(3 Jahre)", "(1 год)", "(2.5 года)"): part of the date, no employer or title.
     */
    private static final Pattern DURATION = Pattern.compile("(?iu)^[\\s,·•|–—-]*\\(?\\s*(?:(?:ca\\.|about|около|environ)\\s*)?"
            + "\\d+(?:[.,]\\d+|\\s?½|\\s?1/2)?\\+?\\s*(?:years?|yrs?|y|months?|mos?|m|jahre?n?|j\\.|monate?n?|mon\\.|ans?|années?|mois|años?|"
            + "meses|год(?:а)?|лет|г\\.|месяц(?:а|ев)?|мес\\.?)(?![\\p{L}])"
            + "(?:\\s*(?:,|and|und|et|y|и)?\\s*\\d+\\s*(?:months?|mos?|m|monate?n?|mon\\.|mois|meses|месяц(?:а|ев)?|мес\\.?)(?![\\p{L}]))?"
            + "\\s*\\)?");

    private EntrySplitter() {
    }

    /**
     * A line's cells without a time span standing in a cell of its own beside others (hh.ru's export:
     * "Октябрь 2022 — ‖ Ozon" / "настоящее время" / "2 года 8 месяцев ‖ Техническая поддержка"): the
     * span belongs to the dates, not to the title beside it.
     */
    private static List<String> ownCells(ResumeLine line) {
        List<String> cells = new ArrayList<>(line.cells());
        if (cells.size() > 1) {
            cells.removeIf(EntrySplitter::duration);
        }
        return cells;
    }

    /** A list mark written as text at the start of a line ("• ", "– "). */
    private static final Pattern BULLET_MARK = Pattern.compile("^[•●▪■◦‣·*–-]\\s*");

    /** The text without a list mark written at its start. */
    static String withoutBulletMark(String text) {
        return BULLET_MARK.matcher(text).replaceFirst("");
    }

    /** The text is a time span and nothing else ("2 years 10 months", "(4 Monate)"). */
    static boolean duration(String text) {
        Matcher matcher = DURATION.matcher(text.strip());
        return matcher.lookingAt() && matcher.end() == text.strip().length() && text.matches("(?s).*\\d.*");
    }

    private record Anchor(int line, MonthRange range, boolean single) {
    }

    /** Which single dates (not ranges) date an entry: none, only one standing in a cell of its own, or any. */
    enum Singles { NONE, OWN_CELL, ANY }

    static List<Entry> split(ResumeSection section, Singles singles) {
        List<ResumeLine> lines = section.lines();
        Map<Integer, List<String>> cells = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            cells.put(i, ownCells(lines.get(i)));
        }
        long bullets = lines.stream().filter(ResumeLine::bullet).count();
        long wrapped = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (wrappedItem(lines, i)) {
                wrapped++; // "• 2015-2018 : Diplôme de Licence … de" / "Management ENEAM, …": one item over two lines
            }
        }
        Items items = singles == Singles.ANY ? null : datedItems(lines); // list items that each name employer, dates and position
        boolean itemList = items == null || items.anchors().size() < 2; // those are read item by item below
        boolean listOnly = (bullets + (itemList ? wrapped : 0)) * 10 >= lines.size() * 7;
        List<Anchor> anchors = new ArrayList<>();
        Map<Integer, String> tails = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ResumeLine line = lines.get(i);
            if (line.bullet() && !listOnly && !(singles == Singles.ANY && (titleLike(line.withoutBullet(), cells.get(i))
                    || datedItem(cells.get(i)))) && !dateOnly(cells.get(i)) && !datePlace(cells.get(i))) {
                continue;
            }
            boolean dateItem = line.bullet() && !listOnly && (dateOnly(cells.get(i)) || datePlace(cells.get(i)));
            Anchor anchor = range(i, lines, cells);
            if (anchor == null && dateItem) {
                anchor = single(i, cells, false);
            }
            if (anchor == null && singles != Singles.NONE
                    && (titleLike(singles == Singles.ANY || listOnly ? line.withoutBullet() : line, cells.get(i)) || datedList(line, cells.get(i)))) {
                // "• UG: B.Sc from X in 1994"; "Student Teacher (Practicum II), Los Molinos Elementary School, Los Molinos, CA: Spring 2014"
                anchor = single(i, cells, singles == Singles.OWN_CELL);
            }
            Lead lead = anchor != null && !anchor.single() && anchor.line() == i ? leadSentence(lines.get(i), cells.get(i)) : null;
            if (lead != null) {
                cells.put(i, new ArrayList<>(List.of(lead.title())));
                tails.put(i, lead.rest());
                anchors.add(anchor);
            } else if (anchor != null && (!prose(cells.get(anchor.line())) || singles == Singles.ANY && schooling(cells.get(anchor.line()))
                    || anchor.line() == i && datedTitleList(line, cells.get(i)))) {
                anchors.add(anchor);
            } else if (anchor != null) {
                cells.put(i, ownCells(lines.get(i)));
            }
        }
        if (items != null && anchors.size() <= 1) {
            int only = anchors.isEmpty() ? -1 : anchors.get(0).line();
            boolean inItem = items.anchors().stream().anyMatch(item -> item.line() == only) || items.continuations().contains(only);
            if (items.anchors().size() >= 2 && (only < 0 || inItem)) { // the one date found was an item's
                cells.putAll(items.heads());
                tails.putAll(items.rests());
                items.continuations().forEach(j -> cells.put(j, List.of()));
                return entries(lines, cells, items.anchors(), tails, true);
            }
        }
        if (anchors.isEmpty() && section.range().isPresent()) {
            anchors.add(new Anchor(-1, section.range().get(), false));
        }
        return entries(lines, cells, anchors, tails, false);
    }

    private static final Pattern WRAPPING_END = Pattern.compile("(?iu)(?:,|\\p{L}-|\\s(?:de|du|des|et|en|à|of|and|in|for|the|und|für|der|y|del|la|el|и|в|на))$");

    /** A line that goes on with the list item above it: the item broke off on a comma or a joining word, or this line starts in lower case. */
    private static boolean wrappedItem(List<ResumeLine> lines, int i) {
        int item = i - 1;
        while (item >= 0 && !lines.get(item).bullet() && i - item < 4) {
            item--;
        }
        if (item < 0 || !lines.get(item).bullet() || lines.get(i).bullet() || lines.get(i).spaced()) {
            return false;
        }
        for (int j = item + 1; j <= i; j++) {
            String above = lines.get(j - 1).text().strip();
            String text = lines.get(j).text().strip();
            if (lines.get(j).spaced() || text.isEmpty() || !WRAPPING_END.matcher(above).find() && !Character.isLowerCase(text.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "Corporación Universitaria Minuto de Dios – Febrero 2020 a Diciembre 2024: Profesor titular (...)" */
    private static final Pattern ITEM_EMPLOYER = Pattern.compile("(?u)^(\\p{Lu}.{2,}?)\\s+[–—-]\\s*$");
    private static final Pattern ITEM_POSITION = Pattern.compile("(?u)^\\s*:\\s*(\\p{Lu}[^(,;:]*?)\\s*(?:[(,;:]|\\.(?:\\s|$)|$)");
    private static final int LONGEST_ITEM_POSITION = 12;

    /**
     * A list whose items each name employer, dates and position in one sentence: "• Employer – dates: Position
     * (courses taught) and more". Taken when the section has no other entries and two items or more are so; each
     * item's lines give employer and position, and the rest of the item is the description.
     */
    private static Items datedItems(List<ResumeLine> lines) {
        List<Anchor> anchors = new ArrayList<>();
        Map<Integer, List<String>> heads = new HashMap<>();
        Map<Integer, String> rests = new HashMap<>();
        List<Integer> continuations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).bullet()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).bullet() && !lines.get(end).spaced() && end - i < 8) {
                end++;
            }
            StringBuilder item = new StringBuilder(withoutBulletMark(lines.get(i).text().strip()));
            for (int j = i + 1; j < end; j++) {
                item.append(' ').append(lines.get(j).text().strip());
            }
            String text = item.toString();
            Optional<MonthRange> ranged = MonthRange.find(text);
            Optional<MonthRange> range = ranged.or(() -> MonthRange.single(text));
            if (range.isEmpty()) {
                continue;
            }
            Matcher employer = ITEM_EMPLOYER.matcher(text.substring(0, range.get().from()));
            Matcher position = ITEM_POSITION.matcher(text.substring(range.get().to()));
            if (!employer.find() || !position.find() || position.group(1).split("\\s+").length > LONGEST_ITEM_POSITION
                    || employer.group(1).split("\\s+").length > LONGEST_NAME) {
                continue;
            }
            anchors.add(new Anchor(i, range.get(), ranged.isEmpty()));
            heads.put(i, List.of("Company: " + employer.group(1).strip(), "Position: " + position.group(1).strip())); // read as labelled
            rests.put(i, text.substring(range.get().to()).replaceFirst("^\\s*:\\s*", "").strip());
            for (int j = i + 1; j < end; j++) {
                continuations.add(j);
            }
        }
        return new Items(anchors, heads, rests, continuations);
    }

    /** Entries read from list items: their dates, the labelled employer and position, the rest of each, the lines each item ran on to. */
    private record Items(List<Anchor> anchors, Map<Integer, List<String>> heads, Map<Integer, String> rests, List<Integer> continuations) {
    }

    /**
     * "2-2019 / 7-2019 Analista programador Java J2EE en RiskMS. Análisis técnico, desarrollo ...":
     * a paragraph that opens with its dates and a title sentence of at most twelve words, then a
     * description of four words or more; the title and the rest, or null when the line is not so.
     */
    private static Lead leadSentence(ResumeLine line, List<String> cut) {
        String original = String.join(" ", line.cells()).strip();
        Optional<MonthRange> range = MonthRange.find(original);
        String text = String.join(" ", cut).strip();
        if (range.isPresent() && range.get().from() > 0 && line.cells().size() == 1) {
            return bracketedLead(original, range.get());
        }
        if (range.isEmpty() || range.get().from() > 0 || cut.size() != 1) {
            return null;
        }
        Matcher stop = LEAD_STOP.matcher(text);
        if (!stop.find()) {
            return null;
        }
        String title = text.substring(0, stop.start()).strip();
        String rest = text.substring(stop.end()).strip();
        int words = title.split("\\s+").length;
        return words >= 2 && words <= 12 && rest.split("\\s+").length >= 4 ? new Lead(title, rest) : null;
    }

    /**
     * "Feb 2014-Oct 2017: Operational Research Fast Stream Analyst/Manager, Schools and Academies Revenue Funding Unit,
     * DfE (generally working in SQL and Excel)": a line that opens with its dates and a colon, then a long comma list of
     * names (a remark in brackets at its end aside), not a sentence.
     */
    private static boolean datedTitleList(ResumeLine line, List<String> cut) {
        String original = String.join(" ", line.cells()).strip();
        Optional<MonthRange> range = MonthRange.find(original);
        if (range.isEmpty() || range.get().from() > 0 || cut.size() != 1 || !original.substring(range.get().to()).strip().startsWith(":")) {
            return false;
        }
        String text = cut.get(0).strip().replaceFirst("^:\\s*", "").replaceFirst("\\s*\\([^()]*\\)$", "");
        return text.contains(", ") && text.split("\\s+").length <= LONGEST_NAME && !sentence(text) && !text.contains(". ");
    }

    /**
     * "Стажировка в Государственной Думе (январь – март 2017), подготовка пресс-релизов, составление отчетов": a title of
     * at most twelve words, its dates in brackets, then after a comma, a semicolon or a stop a description: going on in
     * lower case, or a sentence of four words or more that names no organisation or school.
     */
    private static Lead bracketedLead(String original, MonthRange range) {
        String before = original.substring(0, range.from());
        String after = original.substring(range.to());
        Matcher open = BRACKET_OPEN.matcher(before);
        Matcher close = BRACKET_CLOSE.matcher(after);
        if (!open.find() || !close.lookingAt()) {
            return null;
        }
        String title = before.substring(0, open.start()).strip();
        String rest = after.substring(close.end()).strip();
        int words = title.isEmpty() ? 0 : title.split("\\s+").length;
        // the duties, not the employer or the school named after the dates ("Software Engineer (2019 – 2020), Acme GmbH")
        boolean described = !rest.isEmpty() && (Character.isLowerCase(rest.codePointAt(0))
                || rest.split("\\s+").length >= 4 && sentence(rest) && !RoleWords.organisation(rest) && !RoleWords.institution(rest));
        return words >= 1 && words <= 12 && described && !title.contains("(") ? new Lead(title, rest) : null;
    }

    private static final Pattern BRACKET_OPEN = Pattern.compile("\\s*\\(\\s*$");
    private static final Pattern BRACKET_CLOSE = Pattern.compile("\\s*\\)\\s*[,.;]\\s+");

    /** A paragraph's title sentence and the description after it. */
    private record Lead(String title, String rest) {
    }

    /** A range in one of the line's cells, or one wrapped into the next line; the date text is cut from the cells. */
    private static Anchor range(int i, List<ResumeLine> lines, Map<Integer, List<String>> cells) {
        List<String> own = cells.get(i);
        for (int c = 0; c < own.size(); c++) {
            String cell = own.get(c);
            Optional<MonthRange> found = MonthRange.find(cell);
            if (found.isPresent()) {
                own.set(c, cut(cell, found.get().from(), found.get().to()));
                if (own.get(c).isBlank() && c > 0) { // "Technicien de laboratoire, ‖ 2013 - aujourd'hui": the comma led to the date
                    own.set(c - 1, own.get(c - 1).replaceFirst("[\\s,;–—-]+$", ""));
                }
                return new Anchor(i, found.get(), false);
            }
            Anchor wrappedYear = wrappedEndYear(i, c, lines, cells);
            if (wrappedYear != null) {
                return wrappedYear;
            }
            Optional<MonthRange.Point> open = MonthRange.dangling(cell);
            Anchor stacked = open.isEmpty() ? stacked(i, c, lines, cells) : null;
            if (stacked != null) {
                return stacked;
            }
            if (open.isPresent() && i + 1 < lines.size()) {
                List<String> next = cells.get(i + 1);
                for (int d = 0; d < next.size(); d++) {
                    Optional<MonthRange> joined = MonthRange.continuation(open.get(), next.get(d));
                    if (joined.isPresent() && (joined.get().end() == null || joined.get().end().compareTo(joined.get().start()) >= 0)) {
                        // not "February 2026 -" over "June 2025 -": a range cannot end before it starts
                        own.set(c, cut(cell, open.get().from(), cell.length()));
                        next.set(d, cut(next.get(d), joined.get().from(), joined.get().to()));
                        return new Anchor(i, joined.get(), false);
                    }
                }
            }
            if (open.isPresent() && cell.substring(0, open.get().from()).isBlank() && (i + 1 >= lines.size()
                    || cells.get(i + 1).stream().noneMatch(next -> MonthRange.single(next).isPresent() && MonthRange.find(next).isEmpty()
                            && MonthRange.dangling(next).filter(below -> below.year() <= open.get().year()).isEmpty()))) {
                // "5/2025 -" alone in its cell, no end below: ongoing, as the newest position of a list often is; a whole range
                // below ("2022 –" over "2019 – 2022 Doctorat") or an earlier open one ("June 2025 -") opens the next entry
                own.set(c, "");
                MonthRange.Point start = open.get();
                return new Anchor(i, new MonthRange(start.asStart(), null, start.approximate(), start.from(), cell.length()), false);
            }
            Anchor leading = c == 0 && open.isEmpty() ? leadingStart(i, cell, lines, cells) : null;
            if (leading != null) {
                return leading;
            }
            Anchor since = c == 0 && open.isEmpty() ? openBeforeTitle(i, cell, own) : null;
            if (since != null) {
                return since;
            }
        }
        return null;
    }

    /** A month's name closing a cell, and a year opening the next line. */
    private static final Pattern MONTH_AT_END = Pattern.compile("(?u)\\p{L}{3,10}\\.?\\s*$");
    private static final Pattern YEAR_AT_START = Pattern.compile("^\\s*(?:19|20)\\d{2}(?!\\d)");

    /**
     * A range whose end month closes the line and whose end year opens the next ("juillet 19 – Février" / "2023",
     * "Jan 2019 – Feb" / "2023 Sales"): the year is joined to the range and cut from the line below.
     */
    private static Anchor wrappedEndYear(int i, int c, List<ResumeLine> lines, Map<Integer, List<String>> cells) {
        String cell = cells.get(i).get(c);
        Matcher month = MONTH_AT_END.matcher(cell);
        if (i + 1 >= lines.size() || cells.get(i + 1).isEmpty() || !month.find() || MonthNames.month(month.group().strip()) == 0) {
            return null;
        }
        String next = cells.get(i + 1).get(0);
        Matcher year = YEAR_AT_START.matcher(next);
        if (!year.lookingAt()) {
            return null;
        }
        List<MonthRange> joined = MonthRange.findAll(cell.stripTrailing() + " " + year.group().strip());
        MonthRange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
        if (last == null || last.to() <= cell.stripTrailing().length()) {
            return null;
        }
        cells.get(i).set(c, cut(cell, last.from(), cell.length()));
        cells.get(i + 1).set(0, cut(next, 0, year.end()));
        return new Anchor(i, last, false);
    }

    /** A month and year with a dash right after it, then the title: "2.2025– Professeure des Universités, …". */
    private static final Pattern DASH_THEN_TITLE = Pattern.compile("^[–—-]\\s+(?=\\p{L})");

    /**
     * "2.2025– Professeure des Universités, Université de Bâle": a month and year opening the line, the dash
     * glued to it and the title after: a range still open. A year alone before a spaced dash ("2015 - Abitur")
     * is a date and its title, so the month and the glued dash are both needed.
     */
    private static Anchor openBeforeTitle(int i, String cell, List<String> own) {
        List<MonthRange.Point> points = MonthRange.points(cell);
        if (points.isEmpty()) {
            return null;
        }
        MonthRange.Point start = points.get(0);
        if (start.month() == 0 || start.year() <= 0 || !cell.substring(0, start.from()).isBlank()
                || !DASH_THEN_TITLE.matcher(cell.substring(start.to())).lookingAt()) {
            return null;
        }
        own.set(0, cell.substring(start.to()).replaceFirst("^[–—-]\\s+", ""));
        return new Anchor(i, new MonthRange(start.asStart(), null, start.approximate(), start.from(), start.to() + 1), false);
    }

    /** A dash, tilde or "to" word that opens a line: the rest of a range begun on the line above. */
    private static final Pattern OPENING_TO = Pattern.compile("(?iu)^\\s*(?:[-–—~]|bis|hasta|to|until|au|à|по|до)(?![\\p{L}])\\s*");

    /**
     * A date that opens the line before the title, its range ended at the start of the next line
     * ("Diciembre 2023 Desarrollador Web Freelance" / "~ Actualidad ‖ PatagoniaDev").
     */
    private static Anchor leadingStart(int i, String cell, List<ResumeLine> lines, Map<Integer, List<String>> cells) {
        if (i + 1 >= lines.size() || cells.get(i + 1).isEmpty()) {
            return null;
        }
        List<MonthRange.Point> points = MonthRange.points(cell);
        String next = cells.get(i + 1).get(0);
        Matcher to = OPENING_TO.matcher(next);
        boolean dashBullet = !to.lookingAt() && lines.get(i + 1).bullet() && cells.get(i + 1).size() == 1; // "- Juni 2024" read as a list item
        if (points.isEmpty() || points.get(0).year() <= 0 || !cell.substring(0, points.get(0).from()).isBlank()
                || !to.lookingAt() && !dashBullet) {
            return null;
        }
        MonthRange.Point start = points.get(0);
        int opening = dashBullet ? 0 : to.end();
        String rest = next.substring(opening);
        Optional<MonthRange> joined = MonthRange.continuation(start, rest);
        if (joined.isEmpty() || joined.get().from() != 0 || dashBullet && !cut(rest, 0, joined.get().to()).isEmpty()) {
            return null;
        }
        cells.get(i).set(0, cut(cell, start.from(), start.to()));
        cells.get(i + 1).set(0, cut(next, 0, opening + joined.get().to()));
        return new Anchor(i, joined.get(), false);
    }

    /**
     * A range set down a date column: the start in the first cell, a bar or dash alone in the
     * first cell of the next line, the end in the first cell of the line after ("Avr 2020" /
     * "|" / "Juil 2020").
     */
    private static Anchor stacked(int i, int c, List<ResumeLine> lines, Map<Integer, List<String>> cells) {
        if (c != 0 || i + 2 >= lines.size() || cells.get(i).size() < 2 || cells.get(i + 1).size() < 2
                || !cells.get(i + 1).get(0).strip().matches("[|¦/\\-–—−]")) {
            return null;
        }
        String cell = cells.get(i).get(0);
        Optional<MonthRange.Point> start = MonthRange.dangling(cell + " –");
        if (start.isEmpty() || !cut(cell, start.get().from(), cell.length()).isEmpty()) {
            return null;
        }
        List<String> last = cells.get(i + 2);
        Optional<MonthRange> joined = MonthRange.continuation(start.get(), last.get(0));
        if (joined.isEmpty() || !cut(last.get(0), joined.get().from(), joined.get().to()).isEmpty()) {
            return null;
        }
        cells.get(i).set(0, "");
        cells.get(i + 1).set(0, "");
        last.set(0, "");
        return new Anchor(i, joined.get(), false);
    }

    private static Anchor single(int i, Map<Integer, List<String>> cells, boolean ownCell) {
        List<String> own = cells.get(i);
        for (int c = 0; c < own.size(); c++) {
            Optional<MonthRange> found = MonthRange.single(own.get(c));
            if (found.isPresent() && (!ownCell || own.size() > 1 && cut(own.get(c), found.get().from(), found.get().to()).isEmpty()
                    || c == own.size() - 1 && endsWithDate(own.get(c), found.get()))) {
                own.set(c, cut(own.get(c), found.get().from(), found.get().to()));
                return new Anchor(i, found.get(), true);
            }
        }
        return null;
    }

    /** "Practicante M&A. 2022", "Ayudante (2023)", "Chico, CA: Fall 2013": the date closes the line after a stop, a comma, a colon or a bracket. */
    private static boolean endsWithDate(String cell, MonthRange date) {
        String after = cell.substring(date.to()).replaceAll("[)\\].\\s]", "");
        String before = cell.substring(0, date.from()).stripTrailing();
        return after.isEmpty() && !before.isEmpty() && ".,;:|(–—-".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /**
     * A title line longer than most, listing title, employer and place with commas, that ends on its
     * date: "Fourth Grade Student Teacher (Practicum II), Los Molinos Elementary School, Los Molinos, CA: Spring 2014".
     */
    private static boolean datedList(ResumeLine line, List<String> cells) {
        if (line.bullet() || cells.size() != 1) {
            return false;
        }
        String text = cells.get(0).strip();
        Optional<MonthRange> date = MonthRange.lastSingle(text);
        return text.chars().filter(c -> c == ',').count() >= 2 && text.split("\\s+").length <= 20 && !sentence(text)
                && date.isPresent() && MonthRange.findAll(text).isEmpty() && endsWithDate(text, date.get());
    }

    static String cut(String text, int from, int to) {
        String before = text.substring(0, from).replaceAll("(?iu)(?:[\\s,|–—(\\[:-]*(?<![\\p{L}])(?:since|seit|ab|depuis|desde|from|expected|"
                + "graduation|grad\\.?|graduated|abschluss|obtention|obtenido|date|fecha|in|de|von|du))*[\\s:,|–—(\\[-]*$", "");
        String rest = text.substring(to).replaceFirst("^\\s*гг?\\.(?![\\p{L}])", "");
        Matcher duration = DURATION.matcher(rest);
        if (duration.lookingAt()) {
            String lasted = duration.group();
            rest = rest.substring(duration.end());
            if (lasted.contains("(") && !lasted.contains(")")) {
                rest = rest.replaceFirst("^[^()]{0,40}\\)", ""); // "2006-2017 (11 years of study)": the whole remark goes
            }
        }
        String after = rest.replaceAll("^[\\s,;:|–—)\\].-]+", ""); // "сентябрь 2005 - июнь 2010 г.": the year's abbreviation goes with it; "2026: Ingeniera"
        String gone = text.substring(before.length(), text.length() - after.length());
        String joint = gone.indexOf('|') >= 0 && gone.indexOf('|') < from - before.length()
                && gone.lastIndexOf('|') >= to - before.length() ? " | " : " "; // "Web&Go | mai 22 – Octobre 22| Epitech": two parts
        return (before + (before.isEmpty() || after.isEmpty() ? "" : joint) + after).strip();
    }

    /**
     * A list item that holds nothing but a date ("• March 2021 – August 2023", "• Since 2023",
     * "• 2016"): the dates of the entry titled above it, set as the first item of its list.
     */
    static boolean dateOnly(List<String> cells) {
        String text = withoutBulletMark(String.join(" ", cells).strip());
        Optional<MonthRange> range = MonthRange.find(text).or(() -> MonthRange.single(text));
        return range.isPresent() && cut(text, range.get().from(), range.get().to()).isEmpty();
    }

    /**
     * "• Febuary-2019 – En curso ‖ Medellín": the dates and, set apart, where (AltaCV draws a calendar and a pin before
     * them, read as a list mark): the line of an entry's dates, not a description's list item.
     */
    static boolean datePlace(List<String> cells) {
        return cells.size() >= 2 && dateOnly(cells.subList(0, 1)) && cells.subList(1, cells.size()).stream()
                .allMatch(cell -> PLACE_CELL.matcher(cell.strip()).matches());
    }

    /** Up to four capitalised words without digits or a closing full stop, as a town, a region or a country is written. */
    private static final Pattern PLACE_CELL = Pattern.compile("(?u)\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:,?\\s+(?:de\\s+|del\\s+|la\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}(?<!\\.)");

    /**
     * "• Septembre 2010- Septembre 2013 : Université de Milan, Italie.": a list item that opens with a range of dates and a
     * colon heads an entry of education, whatever its wording; a description's bullet does not open so.
     */
    static boolean datedItem(List<String> cells) {
        String text = withoutBulletMark(String.join(" ", cells).strip());
        Optional<MonthRange> range = MonthRange.find(text);
        return range.isPresent() && range.get().from() == 0 && ITEM_COLON.matcher(text).region(range.get().to(), text.length()).lookingAt();
    }

    private static final Pattern ITEM_COLON = Pattern.compile("\\s*:\\s*\\p{L}");

    /** An education line may run long ("2005-2010: Abitur ... bei Istituto ..., via ..."): it names a degree and a school. */
    private static boolean schooling(List<String> cells) {
        String text = String.join(" ", cells);
        return text.split("\\s+").length <= 30 && RoleWords.degree(text) && RoleWords.institution(text);
    }

    private static boolean prose(List<String> cells) {
        String text = String.join(" ", cells).strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        return words > 14 || words > 6 && sentence(text);
    }

    /**
     * The most words a capitalised line right above a date line may have and still name the entry:
     * "Ministry of Environment Climate Change and Natural Resources (MECCNAR)- Central Project Coordination
     * Unit (CPCU), The Gambia" is a public employer's full name (capitalised, with a word for an organisation), where
     * other lines of more than twelve words are prose or a list of course names.
     */
    static final int LONGEST_NAME = 20;

    /** A line that can name an entry: not a list item, not running text, not a label for what follows. */
    static boolean titleLike(ResumeLine line, List<String> cells) {
        return titleLike(line, cells, false);
    }

    /** {@code runsIntoDate}: the line right above the date line may end mid-phrase ("... at Acme - (Berlin,"). */
    static boolean titleLike(ResumeLine line, List<String> cells, boolean runsIntoDate) {
        String text = String.join(" ", cells).strip();
        if (ROLE_LABEL.matcher(text).lookingAt() && text.split("\\s+").length <= 8) {
            text = text.replaceFirst("\\.$", ""); // "Puesto: Ingeniero estructural.": a labelled title, not a sentence
        }
        if (text.isEmpty() || line.bullet() || text.endsWith(":") || sentence(text) || labelled(text, line)) {
            return false;
        }
        int words = text.split("\\s+").length;
        if (cells.stream().anyMatch(EntrySplitter::twoSentences)) {
            return false;
        }
        boolean named = words <= 12 || runsIntoDate && words <= LONGEST_NAME && titleCased(text.split("\\s+")) && !text.contains(". ")
                && (RoleWords.organisation(text) || RoleWords.institution(text));
        return named && (!text.endsWith(",") && !text.endsWith(";") || line.line().wraps() || runsIntoDate
                || text.endsWith(";") && RoleWords.institution(text)); // "Universidad Autónoma del Estado de Hidalgo;"
    }

    /**
     * "Tätigkeiten: Beratung ...": a label that opens a description. An employer before the
     * colon ("Mercedes-Benz AG: Internship in System Concepts", "University of Konstanz: Racing
     * Team") or two capitalised words or more in a bold line name the entry instead; one word
     * ("Technologies:", "Vollzeit:") stays a label.
     */
    private static boolean labelled(String text, ResumeLine line) {
        Matcher label = LABELLED.matcher(text);
        if (!label.lookingAt()) {
            return false;
        }
        String head = text.substring(0, text.indexOf(':')).strip();
        return !(head.contains(" ") && (RoleWords.organisation(head) || RoleWords.institution(head)
                || line.bold() && titleCased(head.split("\\s+"))));
    }

    /** "Led the team. Built the API": a full stop inside, with several words on both sides. */
    static boolean twoSentences(String text) {
        Matcher stop = FULL_STOP.matcher(text);
        while (stop.find()) {
            String before = text.substring(0, stop.start()).strip();
            String after = text.substring(stop.end()).strip();
            if (before.split("\\s+").length >= 3 && after.split("\\s+").length >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Line {@code i} can name the entry dated on line {@code anchor}: title-shaped; right above
     * the date it may end mid-phrase, and may be a list item when the date line holds nothing else
     * ("• Analyst, Yandex" / "Oct 2024 – now").
     */
    private static boolean above(List<ResumeLine> lines, Map<Integer, List<String>> cells, int i, int anchor) {
        boolean right = i == anchor - 1;
        ResumeLine line = lines.get(i);
        String text = String.join(" ", cells.get(i)).strip();
        if (!text.isEmpty() && Character.isLowerCase(text.codePointAt(0)) && text.chars().noneMatch(Character::isUpperCase)) {
            return false; // "stocking of medical supplies": the wrapped end of the entry above's description, not a title
        }
        if (duration(text)) {
            return false; // "(2 года 2 месяца)" under "Опыт работы": the time worked in all, no title
        }
        if (right && line.bullet() && String.join("", cells.get(anchor)).isBlank()) {
            return titleLike(line.withoutBullet(), cells.get(i), true);
        }
        String anchorText = String.join(" ", cells.get(anchor));
        if (right && line.bullet() && RoleWords.position(text) && text.split("\\s+").length <= 6
                && !RoleWords.position(anchorText)) {
            return titleLike(line.withoutBullet(), cells.get(i), true); // "• Specialist on Macro modeling" / "Central Bank (2015-2018)"
        }
        if (right && line.bullet() && RoleWords.degree(text) && !RoleWords.institution(text) && text.split("\\s+").length <= 8
                && RoleWords.institution(anchorText) && !RoleWords.degree(anchorText)) {
            return titleLike(line.withoutBullet(), cells.get(i), true); // "• Ph.D. in Economics" / "Boston College, Boston (2018 – currently)"
        }
        return titleLike(line, cells.get(i), right);
    }

    private static boolean blank(List<String> cells) {
        return String.join("", cells).isBlank();
    }

    /**
     * The title lines above the date on line {@code line}, at most {@code limit} and none above {@code floor}: the
     * first of them and how many. A line wrapped at a hyphen is one title line over two ("… de Cal-" / "das"); with
     * {@code skipLabel}, a description label right above the date ("Должностные обязанности:") is stepped over.
     */
    private static Titles titlesAbove(List<ResumeLine> lines, Map<Integer, List<String>> cells, int line, int floor, int limit,
                                      boolean skipLabel) {
        int start = line;
        if (skipLabel && start - 1 >= floor && descriptionLabel(cells.get(start - 1))) {
            start--;
        }
        int titles = 0;
        while (titles < limit && start - 1 >= floor) {
            if (above(lines, cells, start - 1, line)) {
                start--;
            } else if (start - 2 >= floor && hyphenWrap(cells, start - 2) && above(lines, cells, start - 2, line)) {
                start -= 2;
            } else {
                break;
            }
            titles++;
        }
        return new Titles(start, titles);
    }

    private record Titles(int start, int titles) {
    }

    /** A label alone that opens the description below it ("Должностные обязанности:", "Responsibilities:"). */
    private static boolean descriptionLabel(List<String> cells) {
        String text = String.join(" ", cells).strip();
        return text.endsWith(":") && text.split("\\s+").length <= 3 && text.chars().noneMatch(Character::isDigit)
                && !ROLE_LABEL.matcher(text).lookingAt();
    }

    /** Line {@code i} breaks a word with a hyphen and the next line holds only its lower-case end (and a word more at most). */
    private static boolean hyphenWrap(Map<Integer, List<String>> cells, int i) {
        String next = String.join(" ", cells.get(i + 1)).strip();
        return hyphenated(cells.get(i)) && next.matches("(?u)\\p{Ll}+[,.]?(?:\\s+\\S+)?");
    }

    private static boolean hyphenated(List<String> cells) {
        String text = String.join(" ", cells).strip();
        return text.matches("(?s).*\\p{L}-$");
    }

    /**
     * Ends like a sentence: a full stop after a lower-case word or after many words, unless the
     * words are capitalised like a title ("Profesor Auxiliar de Análisis de Datos." and "Inc."
     * and "Wels." end titles).
     */
    static boolean sentence(String text) {
        if (!text.endsWith(".")) {
            return false;
        }
        String[] words = text.split("\\s+");
        String last = words[words.length - 1];
        return !titleCased(words) && (words.length > 8 || Character.isLowerCase(last.codePointAt(0)) && last.length() > 4);
    }

    /** Most words of four letters or more start with a capital. */
    static boolean titleCased(String[] words) {
        int long4 = 0;
        int capital = 0;
        for (String word : words) {
            if (word.length() >= 4 && Character.isLetter(word.codePointAt(0))) {
                long4++;
                capital += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
            }
        }
        return long4 > 0 && capital * 10 >= long4 * 6;
    }

    /** {@code items}: each entry is one list item, whose own line names it (no lines above or below it). */
    private static List<Entry> entries(List<ResumeLine> lines, Map<Integer, List<String>> cells, List<Anchor> anchors,
                                       Map<Integer, String> tails, boolean items) {
        List<Entry> entries = new ArrayList<>();
        if (anchors.isEmpty()) {
            return entries;
        }
        if (anchors.get(0).line() < 0) {
            List<Entry.HeaderLine> header = new ArrayList<>();
            int i = 0;
            while (i < lines.size() && header.size() < 3 && titleLike(lines.get(i), cells.get(i))) {
                header.add(new Entry.HeaderLine(cells.get(i), lines.get(i), false));
                i++;
            }
            entries.add(new Entry(header, List.of(), List.of(), anchors.get(0).range(), false, lines.subList(i, lines.size())));
            return entries;
        }
        int first = anchors.get(0).line();
        Titles firstTitles = items ? new Titles(first, 0) : titlesAbove(lines, cells, first, 0, 3, true);
        int pre = firstTitles.titles();
        // the first entry's three title lines open the section: the date closes each entry, and a later entry's title may
        // run longer ("Induction Course in Education" / "Management for H.O.Ds and Senior" / "Teachers" / "Kenya Education
        // Management" / "Institute" / "2013"), as long as nothing but title lines stands between the dates
        boolean closing = pre == 3 && firstTitles.start() == 0;
        int[] headerStart = new int[anchors.size()];
        for (int a = 0; a < anchors.size(); a++) {
            int line = anchors.get(a).line();
            int floor = a == 0 ? 0 : anchors.get(a - 1).line() + 1;
            int start = titlesAbove(lines, cells, line, floor, pre, !items && pre > 0).start();
            if (closing && a > 0 && start > floor && line - floor <= 6) {
                Titles all = titlesAbove(lines, cells, line, floor, line - floor, false);
                start = all.start() == floor ? floor : start;
            }
            if (start - 1 >= floor && start < line && hyphenated(cells.get(start - 1))) {
                start--; // "Desarrollador E-" / "Commerce": the title began a line earlier
            }
            headerStart[a] = start;
        }
        for (int a = 0; a < anchors.size(); a++) {
            Anchor anchor = anchors.get(a);
            int end = a + 1 < anchors.size() ? headerStart[a + 1] : lines.size();
            List<Entry.HeaderLine> header = new ArrayList<>();
            for (int i = headerStart[a]; i < anchor.line(); i++) {
                if (i < anchor.line() - 1 || !descriptionLabel(cells.get(i))) {
                    header.add(new Entry.HeaderLine(cells.get(i), lines.get(i), false));
                }
            }
            header.add(new Entry.HeaderLine(cells.get(anchor.line()), lines.get(anchor.line()), true));
            int bodyStart = anchor.line() + 1;
            List<Entry.HeaderLine> more = new ArrayList<>();
            boolean announced = headerStart[a] < anchor.line() - 1 && descriptionLabel(cells.get(anchor.line() - 1));
            boolean bareDate = headerStart[a] == anchor.line() && blank(cells.get(anchor.line()));
            boolean lead = tails.containsKey(anchor.line()); // the paragraph goes on with its description
            while (!items && !announced && !lead && bodyStart < end && bodyStart - anchor.line() <= 3
                    && (blank(cells.get(bodyStart)) || titleLike(lines.get(bodyStart), cells.get(bodyStart), runsOnToTitle(lines, cells, bodyStart, end))
                    || bareDate && bodyStart == anchor.line() + 1 && lines.get(bodyStart).bullet()
                    && titleLike(lines.get(bodyStart).withoutBullet(), cells.get(bodyStart), false))) {
                // "2022-2024" / "• AgroParisTech, cursus ingénieur …": a year alone above a list item names the item
                if (!blank(cells.get(bodyStart))) { // a line that only held the end of a wrapped range is skipped
                    more.add(new Entry.HeaderLine(cells.get(bodyStart), shown(lines.get(bodyStart), cells.get(bodyStart)), false));
                }
                bodyStart++;
            }
            List<Entry.HeaderLine> above = new ArrayList<>();
            int floor = a == 0 ? 0 : anchors.get(a - 1).line() + 1;
            for (int i = headerStart[a] - 1; !items && i >= floor && above.size() < 2 && titleLike(lines.get(i), cells.get(i)); i--) {
                above.add(0, new Entry.HeaderLine(cells.get(i), lines.get(i), false));
            }
            List<ResumeLine> body = body(lines, cells, Math.min(bodyStart, end), end);
            if (tails.containsKey(anchor.line())) { // the rest of a paragraph that opened with the dates and the title
                body.add(0, shown(lines.get(anchor.line()), List.of(tails.get(anchor.line()))));
            }
            entries.add(new Entry(header, more, above, anchor.range(), anchor.single(), body));
        }
        return entries;
    }

    /**
     * "Génétique, Diversité, et Ecophysiologie des Céréales," / "INRAE UMR GDEC 1095" under a
     * date line: a name that ends on a comma may go on in the next line when that line is
     * title-shaped itself.
     */
    private static boolean runsOnToTitle(List<ResumeLine> lines, Map<Integer, List<String>> cells, int i, int end) {
        return i + 1 < end && !blank(cells.get(i + 1)) && titleLike(lines.get(i + 1), cells.get(i + 1));
    }

    /**
     * The description lines as they read once the date text is cut: a date column that wraps
     * ("2021 –" / "actualidad" in moderncv's left margin) puts the end of the range in a cell of
     * the first description line, and that word is no part of the description.
     */
    private static List<ResumeLine> body(List<ResumeLine> lines, Map<Integer, List<String>> cells, int from, int to) {
        List<ResumeLine> body = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            if (!blank(cells.get(i)) || blank(lines.get(i).cells())) {
                body.add(shown(lines.get(i), cells.get(i)));
            }
        }
        return body;
    }

    /** The line with the cells left after the date text was cut from them (the line itself when nothing was cut). */
    private static ResumeLine shown(ResumeLine line, List<String> cut) {
        if (cut.equals(line.cells())) {
            return line;
        }
        List<String> kept = cut.stream().filter(c -> !c.isBlank()).toList();
        return line.withCells(kept);
    }
}
