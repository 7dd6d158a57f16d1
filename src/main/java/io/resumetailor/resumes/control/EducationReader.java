package io.resumetailor.resumes.control;

import io.resumetailor.resumes.entity.EducationEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Degrees. Each dated entry (a range, or a single graduation date) needs a place of study,
 * known by its words ("University", "Hochschule", "École", "Universidad", "Университет"), and
 * a degree, known by its words ("B.Tech", "MEng", "Licence", "Diplom", "Máster",
 * "Бакалавр"); one of the two may be the only other piece of the title. The piece after the
 * degree in a comma list is its field ("Bachelor of Arts, Business Administration"). A
 * graduation date alone also becomes the start (the data model requires one) and is named
 * as uncertain.
 */
final class EducationReader {

    /** The words for a school's units. */
    private static final String UNITS = "department|faculty|fakultät|fachbereich|faculté|département|facultad|departamento|факультет|кафедра";
    /** Where a school's unit begins: before its Russian adjective ("МГУ Исторический факультет"), never after it. */
    private static final Pattern UNIT = Pattern.compile("(?iu)(?<!(?:ий|ый|ой|ая)\\s{0,2})\\s+(?=(?:\\p{L}+(?:ий|ый|ой|ая)\\s+)?(?:"
            + UNITS + ")(?![\\p{L}]))");
    /** A sentence's end inside a title, not after the abbreviations of degree titles ("eidg. Fachausweis", "Dipl.-Ing.", "staatl. geprüft"). */
    private static final Pattern SENTENCE = Pattern.compile("(?<!(?<![\\p{L}])(?iu:eidg|dipl|staatl|gepr|techn|kaufm|univ|mgr|lic|ing|grad))"
            + "(?:(?<=\\p{Ll}{3})\\.\\s+(?=\\p{Lu})|(?<=\\p{Lu}{3})\\.\\s+(?=\\p{Lu}))"); // only the abbreviations fold case: folded, \p{Lu} would take any letter
    /** "MSc in Computer Science", "Máster en Ingeniería", "Бакалавр по специальности ...": a short degree, then its field. */
    private static final Pattern DEGREE_IN = Pattern.compile("(?iu)^(\\S+(?:\\s+\\S+){0,3}?)\\s+(?:in|en|по|im\\s+fach)\\s+(\\p{L}.{2,80})$");

    /** "B.Sc (Maths) from Mahatma Gandhi University": job portals (Naukri) write the degree, then its school. */
    private static final Pattern FROM = Pattern.compile("(?iu)\\s+(?:from|de\\s+la|del|von\\s+der|от)\\s+(?=\\p{Lu})");
    /** "Baccalauréat au lycée Victor Hugo", "Bachiller en el Colegio Mayor": the degree, then where. */
    private static final Pattern AT_SCHOOL = Pattern.compile("(?iu)\\s+à\\s+l['’](?=\\p{L})|\\s+(?:à|au|at|en\\s+el|en\\s+la)\\s+");
    /** The words that join a degree to the school that gave it, tried in this order. */
    private static final List<Pattern> DEGREE_THEN_SCHOOL = List.of(FROM, AT_SCHOOL);
    /** "Southwest Minnesota State University: Elementary Education": the school, a colon, what was studied there. */
    /** A kind of school alone before a colon: the label of a form, not the school's name. */
    private static final Pattern BARE_TYPE = Pattern.compile("(?iu)(?:college|school|university|faculty|institute|institution|academy|"
            + "universität|hochschule|schule|université|école|ecole|faculté|universidad|facultad|escuela|colegio|instituto|"
            + "университет|факультет|институт|колледж|школа|вуз|учебное\\s+заведение)");
    private static final Pattern COLON = Pattern.compile("(?<=\\p{L}):\\s+(?=\\p{Lu})");
    /** "Master 1 Informatique – en cours", "MSc (ongoing)": the status, not part of the degree (the range says it). */
    static final Pattern ONGOING = Pattern.compile("(?iu)\\s*(?:[-–—,(]\\s*)(?:" + MonthRange.PRESENT.pattern() + ")\\)?\\s*$");
    /** Naukri's level labels before a degree: "UG: B.Sc ...", "PG: MCA ...". */
    private static final Pattern LEVEL_LABEL = Pattern.compile("(?u)^(?:UG|PG|Graduation|Post\\s+Graduation)\\s*:\\s*");

    /** "Angestrebter Abschluss:", "Expected degree:": the label of the degree a student works towards. */
    static final String INTENDED_DEGREE = "(?:angestrebter|voraussichtlicher|expected|intended)\\s+(?:abschluss|degree)";
    /** "Abschluss: Fachhochschulreife", "Degree: BSc Physics": a label, then the degree itself. */
    private static final Pattern DEGREE_LABEL = Pattern.compile("(?iu)^(?:" + INTENDED_DEGREE + "|abschluss|schulabschluss|degree|qualification|"
            + "título|titulo|título obtenido|titulo obtenido|diplôme obtenu|квалификация|степень)\\s*:\\s*(\\S.*)$");

    /**
     * "Major: Psychological Science", "Studiengang: Informatik", "Spécialité : Chimie", "Специальность: экономика":
     * a label, then what was studied: the field beside a degree, the only name of the course without one.
     */
    private static final Pattern FIELD_LABEL = Pattern.compile("(?iu)^(?:major|field\\s+of\\s+study|concentration|studiengang|"
            + "studienfach|fachrichtung|schwerpunkt|spécialité|specialite|filière|filiere|option|carrera|especialidad|especialización|"
            + "специальность|направление(?:\\s+подготовки)?|профиль)\\s*:\\s*(\\S.*?)(?:\\s*[&,;|]?\\s*(?:minor|nebenfach)\\s*:.*)?$");

    /** How far the studies have come: "5. Fachsemester", "3rd year", "2e année", "4 курс", "Semestre 6". */
    private static final Pattern STUDY_STATUS = Pattern.compile("(?iu)(?:\\d+\\s*(?:\\.|st|nd|rd|th|e|ème|er|ère|º|°|-?й)?\\s*"
            + "(?:fachsemester|semester|semestre|year|année|annee|año|curso|курс|семестр)|(?:semester|semestre|year|año|curso)\\s+\\d+|"
            + "fachsemester|" // "5. Fachsemester" loses its number as a list's enumeration
            // "Ohne Abschluss", "abgebrochen", "not completed", "sin terminar", "non terminé", "не окончено": how it ended, not what
            + "ohne\\s+abschluss|abgebrochen|nicht\\s+abgeschlossen|not\\s+completed|incomplete|uncompleted|discontinued|"
            + "sin\\s+terminar|sin\\s+t[ií]tulo|inconclus[oa]|incomplet[oa]|non\\s+termin[ée]e?|non\\s+achev[ée]e?|inachev[ée]e?|"
            + "sans\\s+dipl[ôo]me|не\\s+окончен[оа]?|не\\s+закончен[оа]?)");
    /** "MA University of Central Florida": a degree's letters run into the name of the school that gave it. */
    private static final Pattern LEADING_DEGREE = Pattern.compile("(?u)^((?:B|M)\\.?(?:A|S|Sc|Eng|Ed|FA|BA)\\.?|Ph\\.?\\s?D\\.?|MBA|BBA|LLB|LLM|"
            + "MPhil|DPhil|PGDip|PGCert|PGCE)\\s+(?=\\p{Lu})(.+)$");

    private EducationReader() {
    }

    static List<EducationEntry> read(List<ResumeSection> sections, List<String> uncertain) {
        List<EducationEntry> out = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (ResumeSection section : sections) {
            List<FormEntries.Form> forms = FormEntries.of(section);
            for (FormEntries.Form form : forms) {
                String where = "education[" + out.size() + "]";
                String institution = form.fields().get(FormEntries.Field.ORGANISATION);
                String degree = form.fields().get(FormEntries.Field.DEGREE);
                if (institution == null || degree == null || FormEntries.degree(degree).isBlank()) {
                    uncertain.add(where + ": a form entry without a labelled place of study and degree; entry left out");
                    continue;
                }
                if (form.single()) {
                    uncertain.add(where + ".startDate");
                }
                out.add(new EducationEntry(FormEntries.organisation(institution), FormEntries.degree(degree), null,
                        form.single() ? form.range().end() : form.range().start(), form.range().end()));
            }
            if (!forms.isEmpty()) {
                continue;
            }
            String schoolAbove = null; // the school named on a line of its own over the last entry, which had no description
            List<Entry> entries = EntrySplitter.split(section, EntrySplitter.Singles.ANY);
            boolean namedAbove = namedAbove(entries);
            for (int k = 0; k < entries.size(); k++) {
                Entry found = entries.get(k);
                String where = "education[" + out.size() + "]";
                Entry entry = found;
                Reading read = read(entry);
                String shared = schoolAbove;
                schoolAbove = null;
                if (namedAbove && !read.complete() && k + 1 < entries.size() && opensNext(found, entries.get(k + 1))) {
                    // "Maestría en …" / "Universidad de los Andes" / "Sept 2017 – June 2019" / "Ingeniería Electrónica" /
                    // "Universidad de Antioquia": each degree stands above its school; the line below is the next one's
                    int n = linesAbove(found, taken, m -> true);
                    if (n > 0) {
                        entry = found.withAbove(n);
                        read = read(entry);
                    }
                }
                for (int n = 1; (!read.complete() || read.unsure() != null) && n <= found.more().size(); n++) {
                    Reading longer = read(found.withMore(n));
                    if (longer.complete() && (longer.unsure() == null || !read.complete())) {
                        read = longer;
                        entry = found.withMore(n);
                    }
                }
                if (!read.complete()) {
                    int n = linesAbove(found, taken, m -> found.bareDateLine() || namedAbove
                            || RoleWords.institution(String.join(" ", found.above().get(found.above().size() - m).cells())));
                    if (n > 0) {
                        entry = found.withAbove(n);
                        read = read(entry);
                    }
                }
                for (int n = 0; !read.complete() && n < Math.min(2, entry.body().size()); n++) {
                    String text = entry.body().get(n).text().strip();
                    String clause = FIRST_CLAUSE.split(text, 2)[0].strip();
                    if (n == 0 && !entry.body().get(n).bullet() && !clause.equals(text) && clause.split("\\s+").length <= DEGREE_WORDS
                            && RoleWords.degree(clause)
                            && !RoleWords.institution(clause) && !read.complete()) {
                        // "• 2010- 2013 : Université de Milan, Italie." / "Bachelor Degree en langues (ayant obtenu …). Mémoire …":
                        // the degree opens the line below, before its remarks (a list item below is the next entry's)
                        Entry named = entry.withBodyLine(entry.body().get(n).withCells(List.of(clause)));
                        Reading longer = read(named);
                        if (longer.complete()) {
                            read = longer;
                            entry = named;
                        }
                        break;
                    }
                    if (FIELD_LABEL.matcher(text).matches() || DEGREE_LABEL.matcher(text).matches()) {
                        Entry labelled = entry.withBodyLine(entry.body().get(n));
                        Reading longer = read(labelled);
                        if (longer.complete()) {
                            read = longer;
                            entry = labelled;
                        }
                        break;
                    }
                }
                entry.header().forEach(line -> taken.add(line.source().index()));
                if (!read.complete() && shared != null && read.institution() == null && read.degree() != null
                        && entry.header().size() == 1 && found.above().isEmpty()) {
                    // "Westmoreland County Community College" / "AA in Business General Management (2007)" /
                    // "AA in Real Estate Management (2007)": the next degree of the same school, listed under it
                    read = new Reading(shared, read.degree(), read.field(), "institution");
                }
                if (!read.complete()) {
                    uncertain.add(where + ": place of study or degree not recognised in \"" + ExperienceReader.title(entry)
                            + "\"; entry left out");
                    continue;
                }
                if (read.unsure() != null) {
                    uncertain.add(where + "." + read.unsure());
                }
                String start = entry.range().start();
                String end = entry.range().end();
                if (entry.single()) {
                    start = end;
                    uncertain.add(where + ".startDate");
                }
                out.add(new EducationEntry(ExperienceReader.withoutWorkload(read.institution()), read.degree(), read.field(), start, end));
                String school = read.institution();
                boolean ownLine = entry.header().size() >= 2 && entry.header().stream()
                        .anyMatch(line -> !line.anchor() && String.join(" ", line.cells()).strip().equals(school));
                boolean inherited = shared != null && shared.equals(school) && entry.header().size() == 1;
                schoolAbove = (ownLine || inherited) && entry.body().isEmpty() && entry.more().isEmpty() ? school : null;
            }
        }
        return out;
    }

    /**
     * The section names each degree above its school and dates: the last entry, with nothing below it, is read only
     * with the lines above it.
     */
    private static boolean namedAbove(List<Entry> entries) {
        if (entries.size() < 2) {
            return false;
        }
        Entry last = entries.get(entries.size() - 1);
        return last.more().isEmpty() && !read(last).complete() && linesAbove(last, Set.of(), n -> true) > 0;
    }

    /**
     * How many of the lines above the entry complete its reading for sure (a school and a degree, nothing guessed),
     * the fewest that do and that {@code allowed} accepts; 0 when none, or when a line the entry above already read as
     * its own (the school under its type) comes first.
     */
    private static int linesAbove(Entry entry, Set<Integer> taken, IntPredicate allowed) {
        for (int n = 1; n <= entry.above().size(); n++) {
            if (taken.contains(entry.above().get(entry.above().size() - n).source().index())) {
                return 0;
            }
            Reading longer = read(entry.withAbove(n));
            if (longer.complete() && longer.unsure() == null && allowed.test(n)) {
                return n;
            }
        }
        return 0;
    }

    /** The lines below the entry's header are the ones above the next entry's: they may head either, and the entry has lines above too. */
    private static boolean opensNext(Entry entry, Entry next) {
        return !entry.above().isEmpty() && !entry.more().isEmpty() && entry.more().stream()
                .allMatch(line -> next.above().stream().anyMatch(above -> above.source().index() == line.source().index()));
    }

    /** What a title says; {@code unsure} names the field taken only because it was the one piece left. */
    record Reading(String institution, String degree, String field, String unsure) {

        boolean complete() {
            return institution != null && degree != null;
        }
    }

    /** Where a degree's name on a line of its own ends and remarks on it begin: a bracket, a full stop, a comma. */
    private static final Pattern FIRST_CLAUSE = Pattern.compile("\\s*\\(|\\.\\s|,\\s");
    private static final int DEGREE_WORDS = 10;

    static Reading read(Entry entry) {
        List<TitlePart> parts = TitleCandidates.of(TitlePart.of(entry.header()));
        Reading whole = read(pieces(parts));
        if (whole.complete() || parts.size() != 1) {
            return whole;
        }
        Reading dashed = read(pieces(TitleCandidates.dashSplit(parts))); // "UNIVERSIDAD NACIONAL DEL LITORAL – LICENCIATURA EN ..."
        return dashed.complete() ? dashed : whole;
    }

    private static Reading read(List<String> pieces) {
        String labelled = null;
        String studied = null;
        for (int i = 0; i < pieces.size(); i++) {
            Matcher label = DEGREE_LABEL.matcher(pieces.get(i));
            Matcher course = FIELD_LABEL.matcher(pieces.get(i));
            if (label.matches() && labelled == null) {
                labelled = label.group(1).strip();
                pieces.set(i, labelled);
            } else if (course.matches() && studied == null) {
                studied = course.group(1).strip();
                pieces.remove(i--);
            }
        }
        // a school named by its own name before one named only by its type ("Weiterführende Schule" / "Theodor-Heuss-Realschule")
        String institution = pieces.stream().filter(t -> RoleWords.institution(t) && !RoleWords.degree(t) && !schoolType(t)).findFirst()
                .orElse(pieces.stream().filter(t -> RoleWords.institution(t) && !RoleWords.degree(t)).findFirst()
                .orElse(pieces.stream().filter(RoleWords::institution).findFirst().orElse(null)));
        String place = institution;
        String degree = labelled != null && !labelled.equals(place) ? labelled
                : pieces.stream().filter(t -> !t.equals(place) && RoleWords.degree(t)).findFirst().orElse(null);
        List<String> others = new ArrayList<>(pieces);
        others.remove(institution);
        others.remove(degree);
        others.removeIf(EducationReader::schoolType); // the school's type, when its name is given too
        others.removeIf(RoleWords::location);
        others.removeIf(t -> STUDY_STATUS.matcher(t.strip()).matches()); // "5. Fachsemester": how far, not what
        int school = institution == null ? -1 : pieces.indexOf(institution);
        if (degree == null && school > 0 && school + 1 < pieces.size() && named(others).size() == 2 && others.contains(pieces.get(school + 1))
                && others.contains(pieces.get(school - 1)) && TRAILING_TOWN.matcher(pieces.get(school + 1)).matches()
                && !RoleWords.position(pieces.get(school + 1))) {
            others.remove(pieces.get(school + 1)); // "Informatik, Heinrich-Heine-Universität, Düsseldorf": what, where, its town
        }
        String field = null;
        String unsure = null;
        Matcher in = DEGREE_IN.matcher(degree == null ? "" : degree);
        if (in.matches() && RoleWords.degree(in.group(1))) {
            degree = in.group(1).strip();
            field = in.group(2).strip();
        }
        if (studied != null && degree == null) {
            degree = studied; // the course is all the entry names: what the user studied stands for the degree
        } else if (studied != null && degree != null && field == null) {
            field = studied;
        }
        if (institution != null && degree != null && field == null) {
            int at = pieces.indexOf(degree) + 1;
            if (at < pieces.size() && others.contains(pieces.get(at)) && capitalised(pieces.get(at))
                    && pieces.get(at).split("\\s+").length <= 6) {
                field = pieces.get(at);
            } else if (at == pieces.size() && at >= 2 && others.contains(pieces.get(at - 2)) && capitalised(pieces.get(at - 2))
                    && pieces.get(at - 2).split("\\s+").length <= 6 && pieces.indexOf(institution) < at - 2) {
                field = pieces.get(at - 2); // "University, Elementary Education, Bachelors Degree": the field, then its degree
            }
        } else if (institution == null && degree != null && others.size() == 1
                && (capitalised(others.get(0)) || RoleWords.organisation(others.get(0)))) { // "ipso Bildung AG": a brand in lower case
            institution = others.get(0);
            unsure = "institution";
        } else if (degree == null && institution != null && RoleWords.degree(institution) && others.size() == 1
                && !RoleWords.degree(others.get(0)) && (RoleWords.organisation(others.get(0))
                || others.get(0).matches("(?u)\\p{Lu}{2,}(?:[\\s&-]\\p{Lu}{2,})*"))) {
            degree = institution; // "IHK Fachmann Versicherungsvermittlung" / "ARAG, München": a chamber's certificate, then where
            institution = others.get(0);
            unsure = "institution";
        } else if (degree == null && institution != null && named(others).size() == 1 && capitalised(named(others).get(0))
                && !RoleWords.institution(named(others).get(0)) // a second school is no degree
                && !POSTDOC.matcher(named(others).get(0)).find()) { // nor a post held after the doctorate
            degree = named(others).get(0);
            unsure = "degree";
        }
        return new Reading(institution, degree, field, unsure);
    }

    /**
     * The pieces left once the school's units are set aside: "Удмуртский Государственный университет" / "Исторический
     * факультет" / "Преподаватель истории" leaves the qualification, the one piece that can be the degree.
     */
    private static List<String> named(List<String> others) {
        return others.stream().filter(t -> !UNIT_NAME.matcher(t).find()).toList();
    }

    /** A faculty or department of the school, which names no degree. */
    private static final Pattern UNIT_NAME = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + UNITS + ")(?![\\p{L}])");

    /** "Post-doctorat", "Postdoc", "Posdoctorado", "Постдок": a position held after the doctorate, no degree. */
    private static final Pattern POSTDOC = Pattern.compile("(?iu)^(?:post[- ]?doc|pos[- ]?doc|постдок)");

    /** A town's name of one word, or two with a saint's or a spa's prefix ("St. Gallen", "Saint-Étienne", "San Sebastián", "Bad Ems"). */
    private static final Pattern TRAILING_TOWN = Pattern.compile("(?u)(?:(?:St\\.|Sankt|Saint|Sainte|San|Santa|Bad|Le|La|Los|Las|El|New|Fort|Port)[\\s-])?"
            + "\\p{Lu}[\\p{L}-]+\\.?");

    /** The parts split where a sentence ends, a faculty begins or a comma list goes on; a trailing town left out. */
    static List<String> pieces(List<TitlePart> parts) {
        List<String> pieces = rawPieces(parts);
        if (pieces.size() >= 3) {
            String last = pieces.get(pieces.size() - 1);
            if (TRAILING_TOWN.matcher(last).matches() && !RoleWords.institution(last) && !RoleWords.degree(last)) {
                pieces.remove(pieces.size() - 1); // "Master Automatisierungstechnik, FH OÖ, Wels.", "Lehrmeisterkurs, ZbW, St. Gallen"
            }
        }
        boolean degreeNamed = pieces.stream().anyMatch(t -> RoleWords.degree(t) && !RoleWords.location(t));
        pieces.removeIf(t -> RoleWords.location(t) && (degreeNamed || !RoleWords.degree(t))); // "MA" is a degree here, not Massachusetts
        return pieces;
    }

    private static List<String> rawPieces(List<TitlePart> parts) {
        List<String> pieces = new ArrayList<>();
        for (TitlePart part : parts) {
            String text = LEVEL_LABEL.matcher(part.text()).replaceFirst("");
            for (Pattern link : DEGREE_THEN_SCHOOL) {
                String[] pair = link.split(text, 2);
                if (pair.length == 2 && RoleWords.degree(pair[0]) && !RoleWords.institution(pair[0]) && RoleWords.institution(pair[1])) {
                    text = pair[0] + ", " + pair[1];
                }
            }
            Matcher leading = LEADING_DEGREE.matcher(text.strip());
            if (leading.matches() && RoleWords.institution(leading.group(2)) && !RoleWords.degree(leading.group(2))) {
                text = leading.group(1) + ", " + leading.group(2);
            }
            Matcher colon = COLON.matcher(text);
            if (colon.find() && RoleWords.institution(text.substring(0, colon.start()))
                    && !BARE_TYPE.matcher(text.substring(0, colon.start()).strip()).matches() // "College: St. Xavier's" is a label
                    && !RoleWords.institution(text.substring(colon.end())) && !DEGREE_LABEL.matcher(text).matches()) {
                text = text.substring(0, colon.start()) + ", " + text.substring(colon.end()); // "State University: Elementary Education"
            }
            for (String unit : UNIT.split(text)) {
                for (String sentence : SENTENCE.split(unit)) {
                    for (String item : outsideBrackets(sentence)) {
                        String clean = TitlePart.clean(ONGOING.matcher(item).replaceFirst(""));
                        if (!clean.isEmpty() && clean.matches("(?s).*\\p{L}{2}.*")) {
                            pieces.add(clean);
                        }
                    }
                }
            }
        }
        return pieces;
    }

    /** Split at commas and semicolons that are not inside brackets ("(bachelor, 4th year)" stays whole). */
    static List<String> outsideBrackets(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '«' || c == '“' ? 1 : c == ')' || c == '»' || c == '”' ? -1 : 0;
            if (depth <= 0 && (c == ',' || c == ';') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                items.add(text.substring(start, i));
                start = i + 1;
            }
        }
        items.add(text.substring(start));
        return items;
    }

    private static boolean schoolType(String text) {
        return RoleWords.SCHOOL_TYPE.matcher(text.strip()).matches();
    }

    private static boolean capitalised(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && text.split("\\s+").length <= 10;
    }
}
