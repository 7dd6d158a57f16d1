package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Skills as a list of short items, from skills sections and from lines labelled as skills
 * elsewhere ("Key Skills: ...", "Habilidades Informáticas: ..."). Group labels ("Tools:",
 * "Web Frameworks" above its list, "Over 5000 lines:") and level words ("Advanced",
 * "(intermediate)", "Proficient in") are dropped; a bracketed list is opened
 * ("MS Office Suite(Excel, Power Point, Word)"); items that read like sentences or job
 * titles are not skills.
 */
final class SkillReader {

    static final Pattern LEVEL = Pattern.compile("(?iu)^(?:advanced|intermediate|expert|beginner|basic|proficient|familiar|"
            + "fluent|native|good|very\\s+good|excellent|strong|working\\s+knowledge|novice|master|"
            + "fortgeschritten|grundkenntnisse|sehr\\s+gut|gut|experte|avancé|intermédiaire|débutant|expert|"
            + "avanzado|intermedio|básico|experto|продвинутый|средний|базовый|эксперт|all\\s+intermediat\\w*|"
            + "(?:sehr\\s+)?gute?(?:\\s+kenntnisse)?|kenntnisse|excelente|excellent|exzellent|отлично|хорошо|"
            + "others?|otros|otras|autres|sonstiges|другое|misc|basiskenntnisse|fundierte\\s+kenntnisse|vertiefte\\s+kenntnisse|"
            + "expertenwissen|notions|connaissances?(?:\\s+(?:de\\s+base|approfondies))?|maîtrise|"
            + "conocimientos?(?:\\s+(?:básicos|avanzados|medios))?|nivel\\s+(?:alto|medio|básico|avanzado)|"
            + "intermediat\\w*(?:\\s+to\\s+advance\\w*)?|"
            // a language's level in a list of its own beside the skills ("Fließend", "Verhandlungssicher", "Niveau C1")
            + "fließend|fliessend|verhandlungssicher|muttersprache|muttersprachlich|flüssig|courant|bilingue|langue\\s+maternelle|"
            + "fluido|lengua\\s+materna|свободно|свободный|родной|разговорный|"
            + "(?:niveau|level|nivel|уровень)\\s+[abc][12]\\+?|"
            + "niveau\\s+(?:lycée|scolaire|débutant|intermédiaire|avancé|courant|bilingue|maternel)|"
            // "good proficiency", "advanced knowledge", "basic knowledge" beside each tool
            + "(?:(?:very\\s+)?good|basic|advanced|solid|sound|excellent|strong|working|fair|limited|expert|in-depth)\\s+"
            + "(?:proficiency|knowledge|command|skills|user)|proficiency|knowledge)$");
    private static final Pattern LEVEL_PREFIX = Pattern.compile("(?iu)^(?:(?:proficient|fluent|familiar|experienced|skilled|"
            + "knowledge|good\\s+knowledge|working\\s+knowledge|kenntnisse|connaissance|conocimiento|опыт(?:\\s+работы)?)"
            + "\\s+(?:in|with|of|de|en|mit|в|с|со)\\s+|(?:базовые\\s+)?знани[ея]\\s+|понимание\\s+|владение\\s+|"
            + "программирование\\s+на\\s+)");
    private static final Pattern LABEL = Pattern.compile("(?u)^([^:：]{2,40})[:：]\\s*");
    private static final Pattern SKILL_LABEL = Pattern.compile("(?iu)^(?:key\\s+skills|skills|technical\\s+skills|it\\s+skills|"
            + "programming\\s+languages|programmiersprachen|lenguajes\\s+de\\s+programaci[oó]n|langages(?:\\s+de\\s+programmation)?|"
            + "языки\\s+программирования|frameworks|software|datenbanken|databases|bases\\s+de\\s+datos|"
            + "skill\\s+set|tech(?:nical)?\\s+stack|technologies|tools|habilidades(?:\\s+inform[aá]ticas)?|"
            + "compétences(?:\\s+techniques)?|kenntnisse|it-kenntnisse|edv-kenntnisse|навыки|ключевые\\s+навыки|технологии|"
            + "keywords|key\\s+words|schlagworte|schlagwörter|stichworte|stichwörter|mots[-\\s]cl[ée]s|palabras\\s+clave|"
            + "ключевые\\s+слова)"
            + "\\s*[:：]\\s*");
    private static final Pattern TRAILING_LEVEL = Pattern.compile("(?iu)(?<=\\S)\\s+(?:advanced|intermediate|expert|beginner|basic|"
            + "fortgeschritten|grundkenntnisse|(?:(?:sehr\\s+)?gute?\\s+)?kenntnisse|avancé|intermédiaire|débutant|avanzado|intermedio|básico|experto|"
            + "продвинутый|средний|базовый)$");
    private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*\\((.*)\\)\\s*(.*)$");
    /** Soft-skill sentences rather than skills: "Ability to ...", "Умение ...", "Capacidad de ...". */
    private static final Pattern ABILITY = Pattern.compile("(?iu)^(?:ability|able|capable|capacity|fähigkeit|capacité|capable|"
            + "capacidad|habilidad\\s+para|умение|умею|способность|готовность)(?![\\p{L}])");
    private static final Pattern CONJUNCTION = Pattern.compile("(?iu)\\s+(?:and|und|et|y|e|и)\\s+");

    /** The header row of a skills table ("Skill Name | Version | Last Used | Experience", job portal exports). */
    private static final Pattern COLUMN = Pattern.compile("(?iu)^(?:skills?(?:\\s+name)?|name|version|last\\s+used|experience|"
            + "years?(?:\\s+of\\s+experience)?|level|proficiency|rating|since)$");
    /**
     * A reference to a book or article as citation styles set it ("Alpert, D. R. (2018, September). Cultural ..."): a
     * reading list under a heading the reader did not know, no skills.
     */
    private static final Pattern CITATION = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’-]+,\\s+(?:\\p{Lu}\\.\\s*){1,3}\\((?:19|20)\\d{2}[,)]");
    /** A portal's navigation link between sections ("^ Back to Top"). */
    private static final Pattern NAVIGATION = Pattern.compile("(?iu)^\\W*(?:back\\s+to\\s+top|jump\\s+to\\s+section)\\W*$");

    private SkillReader() {
    }

    static List<String> read(List<ResumeSection> sections) {
        Set<String> skills = new LinkedHashSet<>();
        for (ResumeSection section : sections) {
            List<ResumeLine> lines = joinedWraps(section.lines());
            boolean listed = section.kind() == Section.SKILLS;
            boolean grid = EuropassGrid.in(lines);
            boolean foreign = false;
            for (int i = 0; i < lines.size(); i++) {
                ResumeLine line = lines.get(i);
                List<String> cells = new ArrayList<>(line.cells());
                if (proseLine(line.text()) || CITATION.matcher(line.text().strip()).lookingAt()) {
                    continue; // "Practiced Agile methods such as Scrum, daily stand-ups and Kanban boards."; "Kotter, J. (2009). A Sense of ..."
                }
                if (line.relSize() >= 1.4f) {
                    continue; // display type: the name and title that a sidebar design reads into the list after its items
                }
                if (cells.size() >= 3 && cells.stream().allMatch(c -> COLUMN.matcher(c.strip()).matches())
                        || NAVIGATION.matcher(line.text()).matches()) {
                    continue;
                }
                if (grid && (EuropassGrid.furniture(line.text()) || EuropassGrid.motherTongue(cells.get(0))
                        || cells.size() > 1 && EuropassGrid.rowLevel(String.join(" ", cells.subList(1, cells.size()))).isPresent())) {
                    continue; // the template's self-assessment grids: labels and the person's languages, no skills
                }
                if (!listed) {
                    Matcher label = SKILL_LABEL.matcher(line.text());
                    if (!label.lookingAt()) {
                        continue;
                    }
                    cells = List.of(line.text().substring(label.end()));
                } else if (cells.size() == 1 && listless(line.text()) && line.words() <= 4
                        && otherSection(line.text(), i + 1 < lines.size() ? lines.get(i + 1).text() : "")) {
                    foreign = true;
                    continue;
                } else if (groupLabel(line, i + 1 < lines.size() ? lines.get(i + 1) : null)) {
                    foreign = false;
                    continue;
                } else if (cells.size() > 1 || LABEL.matcher(line.text().strip()).lookingAt()) {
                    Matcher label = LABEL.matcher(line.text().strip());
                    foreign = cells.size() > 1 ? otherSection(cells.get(0), String.join(", ", cells.subList(1, cells.size())))
                            : otherSection(label.lookingAt() ? label.group(1) : "", line.text().substring(label.end()));
                }
                if (foreign) {
                    continue; // "Sprachen" or "Zertifikate" inside "Kenntnisse": languages and certificates, no skills
                }
                if (cells.size() > 1 && listless(cells.get(0)) && cells.get(0).split("\\s+").length <= 4
                        && cells.subList(1, cells.size()).stream().anyMatch(c -> c.contains(","))) {
                    cells = cells.subList(1, cells.size()); // "Languages: | C, C++, Java"
                }
                for (String cell : cells) {
                    for (String item : items(LABEL.matcher(cell.strip()).replaceFirst(""))) {
                        skills.add(item);
                    }
                }
            }
        }
        return List.copyOf(skills);
    }

    /**
     * A group label that names a section of its own ("Sprachen", "Langues", "Zertifikate",
     * "Centres d'intérêt"); "Languages: C, C++, Java" lists programming languages and stays.
     */
    private static boolean otherSection(String label, String values) {
        if (PASTIMES.matcher(label.strip()).matches()) {
            return true;
        }
        Section kind = SectionVocabulary.strictSection(label).orElse(Section.SKILLS);
        if (kind == Section.LANGUAGES) {
            return LanguageReader.namesSpokenLanguage(values);
        }
        return kind != Section.SKILLS;
    }

    /**
     * Labels of pastimes and memberships inside a skills section ("Intérêts : football, films") that name no section
     * of their own: "Hobbies", "Loisirs", "Interessen" and the like do, and {@link SectionVocabulary#strictSection} tells them.
     */
    private static final Pattern PASTIMES = Pattern.compile("(?iu)(?:centres?\\s+d['’]\\s*)?int[ée]r[êe]ts?|aficiones|associations|"
            + "vie\\s+associative|ehrenamt");

    /** A line alone that heads a list below it: "Web Frameworks" above "Intermediate" and "React.js, Angular". */
    private static boolean groupLabel(ResumeLine line, ResumeLine next) {
        if (next == null || !listless(line.text())) {
            return false;
        }
        String nextText = next.text().strip();
        if (line.text().strip().matches("(?u)[\\p{L} ]+ & [\\p{L} ]+")) {
            return true; // "Langages & Frameworks", "Outils & Méthodologies"
        }
        boolean levels = next.cells().stream().allMatch(c -> LEVEL.matcher(c.strip()).matches());
        return levels || next.cells().size() > line.cells().size() || nextText.contains(",") || nextText.contains("•") && !line.bullet()
                || next.bullet() && !line.bullet() || line.caps() && !next.caps();
    }

    /** Running text rather than a list: many words, few separators. */
    static boolean proseLine(String text) {
        String[] words = text.strip().split("\\s+");
        long separators = text.chars().filter(c -> ",;|•·⋄/".indexOf(c) >= 0).count();
        return words.length > 8 && separators * 4 < words.length;
    }

    private static boolean listless(String text) {
        return !text.matches("(?s).*[,;•·⋄|].*");
    }

    /**
     * Lines of one list put back together: a word hyphenated at the line end ("Fluore-" /
     * "scent"), a bracket left open, a conjunction or comma at the end, or a comma list that
     * the typesetter broke at the column's edge ("Google Cloud" / "Platform, Firebase").
     */
    private static List<ResumeLine> joinedWraps(List<ResumeLine> lines) {
        List<ResumeLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ResumeLine line = lines.get(i);
            String text = line.text().strip();
            while (i + 1 < lines.size() && continues(text, line, lines.get(i + 1))) {
                ResumeLine next = lines.get(++i);
                String rest = next.text().strip();
                text = text.matches("(?s).*\\p{Ll}-$") && Character.isLowerCase(rest.codePointAt(0))
                        ? text.substring(0, text.length() - 1) + rest : text + " " + rest;
            }
            out.add(text.equals(line.text().strip()) ? line : line.withCells(List.of(text)));
        }
        return out;
    }

    private static boolean continues(String text, ResumeLine line, ResumeLine next) {
        String rest = next.text().strip();
        if (rest.isEmpty() || next.bullet() || line.cells().size() > 1 || next.cells().size() > 1) {
            return false;
        }
        long open = text.chars().filter(c -> c == '(').count() - text.chars().filter(c -> c == ')').count();
        boolean sameType = Math.abs(next.line().size() - line.line().size()) <= 1f;
        return open > 0 || line.line().wraps() && sameType && Character.isLowerCase(rest.codePointAt(0)) || text.matches("(?s).*\\p{Ll}-$") && Character.isLowerCase(rest.codePointAt(0))
                || text.matches("(?iu).*\\s(?:and|und|et|y|и|of|de|,)$") || text.endsWith(",")
                || line.line().wraps() && sameType && text.chars().filter(c -> c == ',').count() >= 3 && !text.endsWith(".")
                && !text.endsWith(":") && rest.contains(",")
                && Character.isLetterOrDigit(text.codePointAt(text.length() - 1));
    }

    static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        List<String> listed = LanguageReader.items(text.replace("⋄", ","));
        for (String raw : listed) {
            String item = raw.strip();
            Matcher bracket = BRACKETED.matcher(item);
            if (bracket.matches()) {
                String inside = bracket.group(2);
                if (levelOnly(inside)) {
                    item = (bracket.group(1) + " " + bracket.group(3)).strip();
                } else if (inside.contains(",") || CONJUNCTION.matcher(inside).find()) {
                    for (String inner : inside.split("\\s*,\\s*")) {
                        for (String piece : CONJUNCTION.split(inner)) {
                            add(items, piece);
                        }
                    }
                    item = bracket.group(1);
                    if (item.split("\\s+").length > 2) {
                        continue; // "Lenguajes de Programación(...)": the words before the list name it
                    }
                }
            }
            item = LEVEL_PREFIX.matcher(item).replaceFirst("");
            item = TRAILING_LEVEL.matcher(item).replaceFirst(""); // "Python Avanzado", "Microsoft Office Kenntnisse"
            String[] pieces = CONJUNCTION.split(item);
            if (Arrays.stream(pieces).allMatch(p -> LanguageNames.isLanguage(p.strip()))) {
                continue; // "English and Vietnamese": the languages the person speaks
            }
            // In an enumeration a conjunction joins items ("Java, Python and Go", "Windows and Mac OS, Word");
            // an item alone keeps it unless it joins single words ("Kotlin and Swift"): "Colaboración y
            // trabajo en equipo" and "Circuit Analysis and Construction" are one skill each
            boolean words = Arrays.stream(pieces).allMatch(p -> p.strip().split("\\s+").length == 1);
            if (listed.size() == 1 && !words) {
                pieces = new String[]{item};
            }
            if (pieces.length > 1 && Arrays.stream(pieces).allMatch(p -> p.strip().split("\\s+").length <= 3)) {
                for (String piece : pieces) {
                    add(items, piece);
                }
            } else {
                add(items, item);
            }
        }
        return items;
    }

    private static boolean levelOnly(String text) {
        String t = text.replaceAll("(?iu)[:;,]?\\s*\\d[\\d\\s<>+-]*(?:hrs|hours|years?|yrs)?", "").strip();
        return t.isEmpty() || LEVEL.matcher(t).matches() || t.matches("(?iu)(?:all\\s+)?intermedi\\w*.*|advanced.*|basic.*|expert.*|"
                + ".*(?:years?|yrs|jahre|ans|años|лет|года?).*");
    }

    private static void add(List<String> items, String raw) {
        String item = raw.strip().replaceAll("^(?:and|und|et|y|и)\\s+", "").replaceAll("[.:;]+$", "").strip();
        int words = item.isEmpty() ? 0 : item.split("\\s+").length;
        if (words == 0 || words > 5 || item.length() > 45 || LanguageReader.withLevel(item) || ABILITY.matcher(item).lookingAt()
                || words == 1 && LanguageNames.isLanguage(item) || !item.matches("(?s).*[\\p{L}\\d].*") || LEVEL.matcher(item).matches()
                || item.matches("(?u)\\d+(?:[.,]\\d+)?") || RoleWords.position(item) && words > 1 || MonthRange.find(item).isPresent()
                || item.matches("(?iu).*[<>].*") || words >= 3 && item.matches("(?s).*(?:19|20)\\d{2}.*") || item.length() == 1 && "CRDJ".indexOf(item.charAt(0)) < 0
                || item.chars().filter(c -> c == '(').count() != item.chars().filter(c -> c == ')').count()
                || item.matches("(?iu).*\\d+\\s*(?:hrs|hours|h|years?|yrs|jahre|ans|años|лет)\\b.*")) {
            return;
        }
        items.add(item);
    }
}
