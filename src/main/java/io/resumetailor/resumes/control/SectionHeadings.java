package io.resumetailor.resumes.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds section headings by scoring each line on layout and words: a heading is short, not
 * a list item, not a sentence, and set apart (larger, bold, capitals, a heading style, space
 * above); its words name a section in one of five languages. Once the document's own
 * heading style is known from at least two headings recognised by their words, other lines
 * in exactly that style are headings too (of sections the parser does not read), so that an
 * unknown heading ("HONORS/AWARDS", "Publications") ends the section before it instead of
 * letting it run on.
 */
final class SectionHeadings {

    /** What a position achieved: a label inside its description, unlike "Publications" or "Interests" in the same type. */
    private static final Pattern ACHIEVEMENTS = Pattern.compile("(?iu)achievement|accomplishment|highlights|key\\s+results|"
            + "erfolge|ergebnisse|réalisations|realisations|réussites|logros|resultados|достижени|результат");

    /**
     * The level of education that hh.ru's export sets right under "Образование" in the headings' type
     * ("Высшее", "Среднее специальное", "Higher education"): a line of the section, no heading.
     */
    private static final Pattern EDUCATION_LEVEL = Pattern.compile("(?iu)(?:неоконченное\\s+)?высшее(?:\\s+\\(.*\\))?|"
            + "среднее(?:\\s+(?:специальное|профессиональное))?|бакалавр|магистр|специалист|кандидат\\s+наук|доктор\\s+наук|"
            + "(?:incomplete\\s+)?higher(?:\\s+education)?|secondary(?:\\s+special)?(?:\\s+education)?|bachelor|master|"
            + "ph\\.?d|doctor\\s+of\\s+science");
    /**
     * The labels of a table's columns that Word resumes set under a heading in the headings' type ("Период работы",
     * "Место работы ‖ Должность", "Дата ‖ Учебное заведение", "Zeitraum ‖ Arbeitgeber"): every cell one of them.
     */
    private static final Pattern COLUMN_LABEL = Pattern.compile("(?iu)(?:дата|даты|период|годы|сроки)(?:\\s+(?:работы|учебы|учёбы|обучения|"
            + "поступления)(?:\\s*/\\s*окончания)?)?\\s*/?|место\\s+работы|должность|организация|учебное\\s+заведение|"
            + "специальность|обязанности|(?:dates?|period|years?|employer|company|position|role|institution|school|degree|duties)|"
            + "(?:zeitraum|datum|arbeitgeber|firma|position|tätigkeit|schule|abschluss)|(?:dates?|période|employeur|entreprise|poste|"
            + "établissement|diplôme)|(?:fechas?|periodo|período|empresa|cargo|puesto|institución|título)");
    private static final Pattern CONTACT_LIKE = Pattern.compile("@|https?://|www\\.|\\d{3}[\\s.-]?\\d{3}[\\s.-]?\\d{2}");

    private SectionHeadings() {
    }

    static List<ResumeSection> split(List<ResumeLine> lines) {
        boolean styled = lines.stream().anyMatch(l -> l.relSize() != 1f || l.bold() || l.line().outline() >= 0);
        List<Optional<Section>> kinds = new ArrayList<>();
        Map<String, Integer> headingStyles = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ResumeLine line = lines.get(i);
            Optional<Section> kind = shapedLikeHeading(line) ? SectionVocabulary.section(line.text()) : Optional.empty();
            if (kind.isPresent() && (styled ? !setApart(line) && !SectionVocabulary.plain(line.text()) && !overEntries(lines, i)
                    : line.words() > 4)) {
                kind = Optional.empty(); // a word like "Leadership" inside a plain list is not a heading
            }
            if (kind.isPresent() && i > 0 && (continues(lines.get(i - 1), line) || runsOnInLowerCase(lines.get(i - 1), line))) {
                kind = Optional.empty(); // "... Enseñanzas de" / "Idiomas (Mención en Lengua Extranjera)": a wrapped line
            }
            if (kind.isPresent() && typeset(line)) {
                headingStyles.merge(style(line), 1, Integer::sum);
            }
            kinds.add(kind);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (kinds.get(i).isPresent() && kinds.get(i - 1).isPresent() && weaker(lines.get(i), lines.get(i - 1))) {
                kinds.set(i, Optional.empty()); // "Kenntnisse" then "Sprachen | Serbisch, ...": a label of the section
            }
        }
        boolean educationAbove = false;
        for (int i = 0; i < lines.size(); i++) {
            boolean education = kinds.get(i).equals(Optional.of(Section.EDUCATION));
            if (education && SectionVocabulary.academicOnly(lines.get(i).text()) && educationAbove) {
                kinds.set(i, Optional.of(Section.OTHER)); // "Antecedentes académicos" after "Educación": honours, teaching
            } else {
                educationAbove |= education;
            }
        }
        float headingGap = medianGap(lines, kinds);
        boolean[] secondLine = new boolean[lines.size()];
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (kinds.get(i).isPresent() && wrappedHeading(lines.get(i), lines.get(i + 1), headingGap)) {
                Optional<Section> whole = SectionVocabulary.section(lines.get(i).text().strip() + " " + lines.get(i + 1).text().strip());
                if (whole.isPresent()) {
                    kinds.set(i, whole); // "EXPERIENCIA" / "ACADÉMICA:", "EDUCACIÓN" / "COMPLEMENTARIA:": one heading on two lines
                    kinds.set(i + 1, Optional.empty());
                    secondLine[i + 1] = true;
                }
            }
        }
        int first = firstHeading(kinds);
        ResumeLine open = first >= 0 ? lines.get(first) : null;
        Optional<Section> openKind = first >= 0 ? kinds.get(first) : Optional.empty();
        int last = first;
        for (int i = first + 1; i < lines.size() && first >= 0; i++) {
            ResumeLine line = lines.get(i);
            if (kinds.get(i).isPresent() && kinds.get(i).get() == Section.OTHER && kinds.get(last).equals(Optional.of(Section.EXPERIENCE))
                    && (subordinate(line, lines.get(last)) || weaker(line, lines.get(last))) && line.relSize() <= 1f
                    && ACHIEVEMENTS.matcher(line.text()).find()) {
                kinds.set(i, Optional.empty()); // "Achievements" in body type (or not in the headings' capitals) under a position
            } else if (kinds.get(i).isPresent() && openKind.equals(Optional.of(Section.EXPERIENCE)) && line.text().strip().endsWith(":")
                    && subordinate(line, open) && line.relSize() < LARGER) {
                kinds.set(i, Optional.empty()); // "Навыки:", "Опыт и задачи:" in body type under a position: labels of its description
            } else if (kinds.get(i).isPresent() && kinds.get(i).equals(openKind) && subordinate(line, open) && !line.spaced()
                    && SectionVocabulary.strictSection(line.text()).isEmpty()
                    && i + 1 < lines.size() && kinds.get(i + 1).isEmpty() && style(lines.get(i + 1)).equals(style(line))
                    && !lines.get(i + 1).spaced()) {
                kinds.set(i, Optional.empty()); // "Induction Course in Education" / "Management for H.O.Ds and Senior": an entry's title
            } else if (kinds.get(i).isPresent()) {
                if (!subordinate(line, open)) {
                    open = line;
                    openKind = kinds.get(i);
                }
                last = i;
            } else if (headingStyles.getOrDefault(style(line), 0) >= 2 && shapedLikeHeading(line)
                    && line.words() <= 5 && !line.text().matches(".*\\d.*") && !subordinate(line, open)
                    && !levelOfEducation(lines, kinds, i) && !columnLabels(line) && !tight(line, headingGap)
                    && !(openKind.filter(k -> k == Section.EXPERIENCE || k == Section.EDUCATION).isPresent()
                            && !style(open).equals(style(line)) && headsAnEntry(lines, i))) {
                kinds.set(i, Optional.of(Section.OTHER));
                open = line;
                openKind = kinds.get(i);
                last = i;
            }
        }
        List<ResumeSection> sections = new ArrayList<>();
        List<ResumeLine> current = new ArrayList<>();
        Section kind = null;
        ResumeLine heading = null;
        boolean underHeading = false;
        for (int i = 0; i < lines.size(); i++) {
            if (levelOfEducation(lines, kinds, i)) {
                continue; // the level over all of the section's entries: no part of the first one
            }
            if (underHeading && kinds.get(i).isEmpty() && lines.get(i).bold() && columnLabels(lines.get(i))) {
                continue; // "Период работы" / "Место работы ‖ Должность": the labels of the table's columns, no entry's words
            }
            if (secondLine[i] || underHeading && kinds.get(i).isEmpty() && continues(lines.get(i - 1), lines.get(i))
                    && shapedLikeHeading(lines.get(i)) && lines.get(i).words() <= 3) {
                continue; // "Kenntnisse und" / "Fähigkeiten": the heading's second line
            }
            underHeading = kinds.get(i).isPresent();
            if (kinds.get(i).isPresent()) {
                sections.add(new ResumeSection(kind, heading, current, heading == null ? Optional.empty() : MonthRange.find(heading.text())));
                current = new ArrayList<>();
                kind = kinds.get(i).get();
                heading = lines.get(i);
            } else {
                current.add(lines.get(i));
            }
        }
        sections.add(new ResumeSection(kind, heading, current, heading == null ? Optional.empty() : MonthRange.find(heading.text())));
        columnsContinued(sections);
        sections.replaceAll(SectionHeadings::skillsWithoutDates);
        return sections;
    }

    /**
     * A column that goes on over a page break goes on under its own heading, not under the heading last read in the other
     * column: "Beruflicher Werdegang" in the main column of page 1, "Kenntnisse" in the sidebar, and page 2 opens the main
     * column with more jobs, read after the sidebar. The lines a later page opens, in another column than the running
     * section's heading, go back to the last section headed in their own column, when that page goes on in the running
     * section's column too.
     */
    static void columnsContinued(List<ResumeSection> sections) {
        for (int k = 1; k < sections.size(); k++) {
            ResumeSection running = sections.get(k);
            if (running.heading() == null || running.lines().isEmpty()) {
                continue;
            }
            TextLine heading = running.heading().line();
            List<ResumeLine> moving = new ArrayList<>();
            int page = -1;
            for (ResumeLine line : running.lines()) {
                if (page < 0 && line.line().page() > heading.page() && !Float.isNaN(line.line().column())
                        && !Float.isNaN(heading.column()) && !line.line().sameColumn(heading)) {
                    page = line.line().page();
                }
                if (page < 0) {
                    continue;
                }
                if (line.line().page() != page || line.line().sameColumn(heading)) {
                    break;
                }
                moving.add(line);
            }
            int onPage = page;
            if (moving.isEmpty() || !moving.get(0).equals(firstOnPage(running, page))
                    || running.lines().stream().noneMatch(l -> l.line().page() == onPage && l.line().sameColumn(heading))) {
                continue; // a page read as one column (no sidebar found on it) says nothing of which column goes on
            }
            int j = k - 1;
            while (j >= 1 && !(sections.get(j).heading() != null && sections.get(j).heading().line().sameColumn(moving.get(0).line())
                    && sections.get(j).heading().line().page() < page)) {
                j--;
            }
            ResumeSection own = j >= 1 ? sections.get(j) : null;
            if (own == null || own.kind() == null) {
                continue;
            }
            List<ResumeLine> grown = new ArrayList<>(own.lines());
            grown.addAll(moving);
            List<ResumeLine> left = new ArrayList<>(running.lines());
            left.removeAll(moving);
            sections.set(j, new ResumeSection(own.kind(), own.heading(), grown, own.range()));
            sections.set(k, new ResumeSection(running.kind(), running.heading(), left, running.range()));
        }
    }

    private static ResumeLine firstOnPage(ResumeSection section, int page) {
        return section.lines().stream().filter(l -> l.line().page() == page).findFirst().orElse(null);
    }

    private static boolean levelOfEducation(List<ResumeLine> lines, List<Optional<Section>> kinds, int i) {
        return i > 0 && kinds.get(i - 1).equals(Optional.of(Section.EDUCATION)) && kinds.get(i).isEmpty()
                && EDUCATION_LEVEL.matcher(lines.get(i).text().strip()).matches();
    }

    /**
     * The next line is the heading's second line: in the same type, at most three words, shaped like a heading and set
     * as close below it as a wrapped line, where the document leaves more space above its headings.
     */
    private static boolean wrappedHeading(ResumeLine line, ResumeLine next, float headingGap) {
        return style(line).equals(style(next)) && next.line().page() == line.line().page() && next.words() <= 3
                && shapedLikeHeading(next) && closeBelow(next, headingGap);
    }

    /** The median space above the headings found by their words (0 when none is known). */
    private static float medianGap(List<ResumeLine> lines, List<Optional<Section>> kinds) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i).isPresent() && lines.get(i).gapAbove() > 0) {
                gaps.add(lines.get(i).gapAbove());
            }
        }
        gaps.sort(null);
        return gaps.isEmpty() ? 0 : gaps.get(gaps.size() / 2);
    }

    /**
     * "INED" in the headings' small capitals right under "Max Planck Institute ... ‖ September 2024 - July 2025": a line
     * set as close to the line above as a title's second line, where the document leaves at least twice that space above
     * its headings, goes on with the entry above; it opens no section. A line in larger type ("Увлечения" at 18 pt under
     * body text at 11) is set apart by its size.
     */
    private static boolean tight(ResumeLine line, float headingGap) {
        return closeBelow(line, headingGap) && line.relSize() < LARGER;
    }

    /** Less than half the usual space above a heading separates the line from the one above. */
    private static boolean closeBelow(ResumeLine line, float headingGap) {
        return headingGap > 0 && line.gapAbove() >= 0 && line.gapAbove() * 2 < headingGap;
    }

    /** A row of column labels, or the lower-case rest of one wrapped in its cell ("поступления/окончания"). */
    private static boolean columnLabels(ResumeLine line) {
        String text = line.text().strip();
        return !text.isEmpty() && (Character.isLowerCase(text.codePointAt(0))
                || line.cells().stream().allMatch(cell -> COLUMN_LABEL.matcher(cell.strip()).matches()));
    }

    /**
     * "Professional Work Experience" in body type right above "2020 - Present ‖ Advance Nurse
     * Scholar, ...": a plain line whose words name the experience or the education, with no
     * guessing from a last word alone, over a dated entry. Two or three words: one word alone
     * ("Verkäufertätigkeiten") is as often the first line of a description, and the one-word
     * plain headings are taken without an entry below them.
     */
    private static boolean overEntries(List<ResumeLine> lines, int i) {
        ResumeLine line = lines.get(i);
        Optional<Section> strict = SectionVocabulary.strictSection(line.text());
        if (line.words() < 2 || line.words() > 3 || line.bullet() || strict.isEmpty()
                || strict.get() != Section.EXPERIENCE && strict.get() != Section.EDUCATION) {
            return false;
        }
        for (int next = i + 1; next < lines.size() && next <= i + 2; next++) {
            if (MonthRange.find(lines.get(next).text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Verwaltungsangestellte ‖ Einwohnergemeinde Erlach ‖ September 2020 – heute": a line in the
     * document's heading style with a date in the three lines below it, before the next line in
     * that style, is the title of an entry (a position, a diploma) when the experience or education
     * section it is in is headed in another style ("BERUFSERFAHRUNG"), not an unknown section. Sections
     * ("Interessen", "Zertifikate") list undated items; "HONORS, AWARDS" set like the heading
     * above it opens a section even over a dated award.
     */
    private static boolean headsAnEntry(List<ResumeLine> lines, int i) {
        String style = style(lines.get(i));
        for (int next = i + 1; next < lines.size() && next <= i + 3; next++) {
            ResumeLine below = lines.get(next);
            if (style(below).equals(style)) {
                return false;
            }
            if (MonthRange.find(below.text()).isPresent() || MonthRange.single(below.text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line goes on from the one before: that one ends on a joining word, a comma or a
     * hyphen ("Ganas de innovar en" / "educación"), in the same type, without a gap between.
     */
    private static boolean continues(ResumeLine previous, ResumeLine line) {
        return TitlePart.cutByWrap(previous.text()) && sameTypeRightBelow(previous, line);
    }

    /** The line stands on the same page in the same size and weight as the one before, without a gap between. */
    private static boolean sameTypeRightBelow(ResumeLine previous, ResumeLine line) {
        return previous.line().page() == line.line().page() && Math.abs(previous.line().size() - line.line().size()) < 0.5f
                && !line.spaced() && previous.bold() == line.bold();
    }

    /**
     * The line starts in lower case right under an unfinished line of the same type, without a gap: the end of a
     * sentence wrapped there ("… au cours de ma" / "formation", "… projets concrets. Je" / "travaille sur des projets").
     */
    private static boolean runsOnInLowerCase(ResumeLine previous, ResumeLine line) {
        String text = line.text().strip();
        String before = previous.text().strip();
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0)) && !before.isEmpty()
                && !before.matches("(?s).*[.:!?;)]$") && sameTypeRightBelow(previous, line);
    }

    /** "Erfahrung und Kenntnisse" over lines without a single date: skills, not positions. */
    private static ResumeSection skillsWithoutDates(ResumeSection section) {
        if (section.kind() != Section.EXPERIENCE || section.heading() == null || section.range().isPresent()
                || !SectionVocabulary.names(section.heading().text(), Section.SKILLS)
                || section.lines().stream().anyMatch(l -> MonthRange.find(l.text()).isPresent() || MonthRange.single(l.text()).isPresent())) {
            return section;
        }
        return new ResumeSection(Section.SKILLS, section.heading(), section.lines(), section.range());
    }

    /**
     * A heading right below another, with nothing between, set with less emphasis (no longer
     * bold, coloured or in capitals, or smaller): the first item's label inside the section
     * the first heading opens, not a section of its own.
     */
    private static boolean weaker(ResumeLine line, ResumeLine previous) {
        return previous.bold() && !line.bold() || previous.line().colored() && !line.line().colored()
                || previous.caps() && !line.caps() || line.line().size() < previous.line().size() - 0.5f;
    }

    /** Set smaller than the heading of the section it is in: a group label inside it ("Programming" under "Skills"). */
    private static boolean subordinate(ResumeLine line, ResumeLine heading) {
        return heading != null && line.line().size() > 0 && line.line().size() < heading.line().size() - 0.5f;
    }

    private static int firstHeading(List<Optional<Section>> kinds) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Short, one cell, not a list item (unless set in bold capitals: a document whose list runs on
     * marks its "• EDUCATION" too), not a sentence, no contact details; dates only in brackets.
     */
    static boolean shapedLikeHeading(ResumeLine line) {
        String text = line.text().strip();
        if (line.bullet() && !(line.bold() && line.caps()) || text.length() > 60 || line.words() > 7 || line.cells().size() > 1 && !datesOnlyBeyondFirst(line)
                || text.contains(" | ") || CONTACT_LIKE.matcher(text.replaceAll("\\(.*?\\)", "")).find()) {
            return false;
        }
        if (text.endsWith(".") && !(typeset(line) && SectionVocabulary.plain(text.substring(0, text.length() - 1)))
                || text.endsWith(",") || text.endsWith(";")) {
            return false; // a sentence; but "Опыт работы." set apart is the plain heading with a full stop
        }
        String withoutBrackets = text.replaceAll("\\(.*?\\)", "");
        return MonthRange.find(withoutBrackets).isEmpty();
    }

    private static boolean datesOnlyBeyondFirst(ResumeLine line) {
        for (int i = 1; i < line.cells().size(); i++) {
            if (MonthRange.find(line.cells().get(i)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The relative size from which a line is in larger type: 11 pt headings over a 10 pt body are. */
    static final float LARGER = 1.09f;

    /** Larger, bold, in capitals, in a heading style, or after a wider gap than the lines around it. */
    static boolean setApart(ResumeLine line) {
        return typeset(line) || line.spaced();
    }

    /** Set in a type of its own: larger, bold, capitals, coloured or a heading style. */
    static boolean typeset(ResumeLine line) {
        return line.relSize() >= LARGER || line.bold() || line.caps() || line.line().outline() >= 0 || line.line().colored();
    }

    static String style(ResumeLine line) {
        return Math.round(line.line().size() * 2) / 2f + "|" + line.bold() + "|" + line.caps() + "|" + line.line().outline()
                + "|" + line.line().colored();
    }
}
